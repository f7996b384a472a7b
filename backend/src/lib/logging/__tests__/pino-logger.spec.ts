import { Writable } from 'node:stream';
import { RegistryClient } from '../../registry/registry-client';
import { createPinoLogger } from '../pino-logger';
import { requestContext } from '../request-context';

/** A logger writing into an array of parsed lines. */
function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createPinoLogger(level, sink), lines };
}

describe("Medusa's logger on pino", () => {
  it('writes JSON lines with the request id of the request that caused them', async () => {
    const { logger, lines } = capture('info');
    logger.info('outside any request');
    await requestContext.run({ requestId: 'shop-req-42' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn('inside one, after an await');
    });
    expect(lines.map((l) => [l.msg, l.requestId, l.service])).toEqual([
      ['outside any request', undefined, 'backend'],
      ['inside one, after an await', 'shop-req-42', 'backend'],
    ]);
  });

  it('keeps an error with its stack in the log, and honours the levels Medusa asks about', () => {
    const { logger, lines } = capture('info');
    logger.error('checkout failed', new Error('boom'));
    logger.error(new Error('bare'));
    expect(lines[0]).toMatchObject({ msg: 'checkout failed', err: { message: 'boom' } });
    expect(String((lines[0]?.err as { stack?: string } | undefined)?.stack)).toContain('Error: boom');
    expect(lines[1]).toMatchObject({ msg: 'bare', err: { type: 'Error' } });
    expect(logger.shouldLog('http')).toBe(false);
    logger.http('GET /store/products 200');
    expect(lines).toHaveLength(2);
    logger.setLogLevel('http');
    expect(logger.shouldLog('http')).toBe(true);
    logger.http('GET /store/products 200');
    expect(lines.at(-1)).toMatchObject({ msg: 'GET /store/products 200', level: 25 });
    logger.unsetLogLevel();
    expect(logger.shouldLog('http')).toBe(false);
  });

  it("times Medusa's activities", () => {
    const { logger, lines } = capture('info');
    const id = logger.activity('Running migrations');
    const done = logger.success(id, 'Migrations done');
    expect(done).toMatchObject({ activityId: id });
    expect(lines.map((l) => l.activityId)).toEqual([id, id]);
    expect(typeof lines[1]?.durationMs).toBe('number');
  });
});

describe('calls to the registry', () => {
  it('carry the id of the request they serve, and none outside a request', async () => {
    const seen: Array<string | null> = [];
    const client = new RegistryClient(
      { url: 'http://registry.invalid', privateKey: undefined, issuer: 'ocop-backend' },
      async (_url, init) => {
        seen.push(new Headers(init?.headers).get('x-request-id'));
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    );
    await requestContext.run({ requestId: 'shop-req-0042' }, () =>
      client.forward('token', 'GET', '/v1/products'),
    );
    await client.forward('token', 'GET', '/v1/products');
    expect(seen).toEqual(['shop-req-0042', null]);
  });
});
