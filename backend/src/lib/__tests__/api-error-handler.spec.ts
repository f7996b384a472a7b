import { MedusaError } from '@medusajs/framework/utils';
import { clientErrorOf } from '../api-error-handler';

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
