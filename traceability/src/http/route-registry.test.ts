import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AppEnv, RouteRegistry } from './route-registry';

function appWith(answer: unknown, checkResponses: boolean) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('principal', { kind: 'anonymous' });
    await next();
  });
  app.onError((error, c) => c.json({ failed: error.message }, 500));
  new RouteRegistry(app, { checkResponses }).add(
    {
      method: 'get',
      path: '/thing',
      summary: 'A thing',
      tag: 'test',
      auth: 'public',
      responses: {
        200: { description: 'The thing', schema: z.object({ id: z.string(), count: z.number() }) },
      },
    },
    ({ c }) => c.json(answer),
  );
  return app;
}

describe('checkResponses', () => {
  it('lets an answer that fits its declared schema through', async () => {
    const r = await appWith({ id: 'a', count: 1 }, true).request('/thing');
    expect([r.status, await r.json()]).toEqual([200, { id: 'a', count: 1 }]);
  });

  it('fails an answer off its schema loudly, naming the field, when on (tests)', async () => {
    const r = await appWith({ id: 'a', count: '1' }, true).request('/thing');
    expect(r.status).toBe(500);
    expect(((await r.json()) as { failed: string }).failed).toMatch(
      /GET \/thing answered 200 off its schema: count/,
    );
  });

  it('does not look when off (production)', async () => {
    expect((await appWith({ id: 'a', count: '1' }, false).request('/thing')).status).toBe(200);
  });
});
