import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MedusaError } from '@medusajs/framework/utils';
import express from 'express';
import { apiErrorHandler, clientErrorOf } from '../api-error-handler';
import { shopError } from '../shop-error';

describe('clientErrorOf', () => {
  it('makes a lost race for a cart lock a 409 the shopper may retry', () => {
    expect(clientErrorOf(new Error('Failed to acquire lock for key "cart_01"'))).toMatchObject({
      status: 409,
      body: { type: 'conflict' },
    });
  });

  it("maps PostgreSQL's complaints about the caller's values to 400 without their text", () => {
    const pg = (code: string, message: string) => Object.assign(new Error(message), { code });
    const nul = clientErrorOf(pg('22021', 'invalid byte sequence for encoding "UTF8": 0x00'));
    expect(nul).toMatchObject({ status: 400, body: { type: 'invalid_text' } });
    expect(JSON.stringify(nul)).not.toMatch(/UTF8|0x00/);
    expect(clientErrorOf(pg('22003', 'value "2147483648" is out of range for type integer'))?.status).toBe(
      400,
    );
    expect(clientErrorOf(pg('22P02', 'invalid input syntax for type integer'))?.status).toBe(400);
  });

  it('maps an undecodable path parameter to 400', () => {
    expect(clientErrorOf(new URIError('URI malformed'))?.body.type).toBe('invalid_path');
  });

  it("leaves everything else to Medusa's own mapping", () => {
    expect(clientErrorOf(new MedusaError(MedusaError.Types.NOT_FOUND, 'Cart not found.'))).toBeNull();
    expect(clientErrorOf(new Error('boom'))).toBeNull();
  });
});

describe('apiErrorHandler', () => {
  /** What a real Express app with this error handler answers when a route throws `error`. */
  async function answer(error: unknown) {
    const app = express();
    app.get('/x', () => {
      throw error;
    });
    app.use(apiErrorHandler as unknown as express.ErrorRequestHandler);
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("keeps the backend's own code and message whatever the Medusa type, a conflict included", async () => {
    expect(
      await answer(shopError('return_already_recorded', 'This return is already recorded.')),
    ).toMatchObject({
      status: 409,
      body: { code: 'return_already_recorded', message: 'This return is already recorded.' },
    });
    expect(await answer(shopError('cart_empty', 'The cart is empty.'))).toMatchObject({
      status: 400,
      body: { type: 'invalid_data', code: 'cart_empty' },
    });
    expect((await answer(shopError('order_not_found', 'Order not found.'))).status).toBe(404);
    expect((await answer(new Error('Failed to acquire lock for key "cart_01"'))).body).toMatchObject({
      code: 'conflict',
    });
  });
});
