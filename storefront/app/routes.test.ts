import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { productionEnv, type RunningServer, startServer } from '../server/start-server';

/**
 * Every route of the built app (the same list app/routes.ts makes) gets hostile input through
 * the real server.js, with the backend and the registry unreachable: NUL and lone surrogates
 * (as percent-escapes, the only way they travel), huge numbers, long paths, JSON and broken
 * multipart bodies to actions. Nothing may answer a 500 or a stack trace; a page that needs the
 * backend answers 503/502 instead (issue 11).
 */
const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const buildDir = inject('storefrontBuild');

interface Route {
  id: string;
  pattern: string;
  action: boolean;
}

async function builtRoutes(): Promise<Route[]> {
  const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild;
  const routes = Object.values(build.routes).filter((r) => r !== undefined);
  const full = (id: string | undefined): string => {
    const route = id ? build.routes[id] : undefined;
    if (!route) return '';
    return [full(route.parentId), route.path ?? ''].filter(Boolean).join('/');
  };
  return routes
    .filter((r) => r.id !== 'root')
    .map((r) => ({ id: r.id, pattern: `/${full(r.id)}`, action: Boolean(r.module.action) }));
}

const hostile = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%ED%B0%80x',
    '%C0%AF',
    '%',
    '%zz',
    '..%2F..%2Fetc',
    '%0d%0aSet-Cookie:%20x=1',
    '99999999999999999999999999',
    '-1',
    '1e308',
    'NaN',
    '0x10',
    encodeURIComponent('nước mắm'),
    '%F0%9F%98%80',
  ),
  fc.integer({ min: 300, max: 4_000 }).map((n) => 'a'.repeat(n)),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9-]{1,24}$/),
);
const QUERY_KEYS = [
  'q',
  'page',
  'stars',
  'lng',
  'to',
  'sort',
  'min_price',
  'max_price',
  'sector',
  'province',
  'next',
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), hostile), { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

type Body = { name: string; type?: string; body: string };
const bodies: fc.Arbitrary<Body> = fc.oneof(
  fc.constant({ name: 'json', type: 'application/json', body: '{"email":"a@b.vn","password":"x"}' }),
  fc.constant({ name: 'none', body: '' }),
  fc.constant({ name: 'text', type: 'text/plain', body: 'email=a@b.vn' }),
  fc.constant({ name: 'multipart, no boundary', type: 'multipart/form-data', body: 'x' }),
  fc.constant({
    name: 'multipart, unterminated',
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="note"\r\n\r\nno end',
  }),
  fc.constant({
    name: 'multipart, a file',
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nx\r\n--zz--\r\n',
  }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'email',
          'password',
          'name',
          'note',
          'variant_id',
          'quantity',
          'line_id',
          'intent',
          'next',
          'payment_method',
        ),
        hostile,
      ),
      { maxLength: 4 },
    )
    .map((pairs) => ({
      name: 'url-encoded',
      type: 'application/x-www-form-urlencoded',
      body: pairs.map(([k, v]) => `${k}=${v}`).join('&'),
    })),
);

describe('every route, hostile input, backend and registry down', () => {
  let server: RunningServer;
  let routes: Route[];
  const sent: string[] = [];
  const failures: string[] = [];
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    routes = await builtRoutes();
    server = await startServer(await productionEnv(buildDir));
  });
  afterAll(async () => {
    await server?.stop();
    console.log(
      `[routes property] ${sent.length} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}; first requests:\n  ${sent.slice(0, 15).join('\n  ')}`,
    );
    if (failures.length) console.log(`[routes property] 5xx seen:\n  ${failures.join('\n  ')}`);
  });

  async function send(method: 'GET' | 'POST', target: string, body?: Body): Promise<void> {
    const line = `${method} ${target.slice(0, 160)}${target.length > 160 ? `… (${target.length} chars)` : ''}${body ? ` [${body.name}]` : ''}`;
    sent.push(line);
    const response = await fetch(`${server.url}${target}`, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': PHONE, ...(body?.type ? { 'content-type': body.type } : {}) },
      body: body ? body.body : undefined,
    });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const allowed = response.status < 500 || response.status === 502 || response.status === 503;
    if (!allowed || /\n\s+at .+:\d+:\d+/.test(text)) failures.push(`${response.status} ${line}`);
  }

  it('lists the routes of app/routes.ts, stamp URLs included', () => {
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toContain('/ocop/:code/10/:batch/21/:serial');
    expect(patterns).toContain('/thanh-toan');
    expect(routes.filter((r) => r.action).length).toBeGreaterThanOrEqual(6);
  });

  it('never answers 500 (nor another 5xx than 502/503) and never shows a stack', async () => {
    for (const route of routes) {
      const target = fc
        .tuple(fc.array(hostile, { minLength: 4, maxLength: 4 }), query)
        .map(([segments, q]) => {
          let i = 0;
          return `${route.pattern.replace(/:\w+/g, () => segments[i++] ?? 'x')}${q}`;
        });
      await fc.assert(
        fc.asyncProperty(target, (t) => send('GET', t)),
        { numRuns: 12 },
      );
      if (route.action) {
        await fc.assert(
          fc.asyncProperty(target, bodies, (t, body) => send('POST', t, body)),
          { numRuns: 15 },
        );
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});

describe('the vectors of issue 11, one by one', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(await productionEnv(buildDir));
  });
  afterAll(() => server?.stop());

  const send = (target: string, init: RequestInit = {}) =>
    fetch(`${server.url}${target}`, {
      redirect: 'manual',
      ...init,
      headers: { 'user-agent': PHONE, ...init.headers },
    });
  const form = (type: string, body: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

  it('language switch: a CR/LF or tab in ?to= is a redirect home, never a header or another site', async () => {
    for (const to of [
      '/%0d%0aSet-Cookie:%20x=1',
      '/%09/evil.example',
      '/%5Cevil.example',
      '//evil.example',
    ]) {
      const response = await send(`/ngon-ngu?lng=en&to=${to}`);
      expect(response.status, to).toBe(302);
      expect(response.headers.get('location'), to).toBe('/');
      expect(response.headers.get('set-cookie') ?? '', to).not.toContain('x=1');
    }
    expect((await send('/ngon-ngu?lng=en&to=%2Fsan-pham%3Fq%3Dmam')).headers.get('location')).toBe(
      '/san-pham?q=mam',
    );
  });

  it('forms posted as JSON are 415, broken multipart 400, NUL 400', async () => {
    expect((await send('/dang-nhap', form('application/json', '{"email":"a@b.vn"}'))).status).toBe(415);
    const broken = '--zz\r\nContent-Disposition: form-data; name="line_id"\r\n\r\nx';
    expect((await send('/gio-hang', form('multipart/form-data; boundary=zz', broken))).status).toBe(400);
    expect(
      (
        await send(
          '/dang-ky',
          form('application/x-www-form-urlencoded', 'name=a%00&email=a@b.vn&password=12345678'),
        )
      ).status,
    ).toBe(400);
  });

  it('NUL, a lone surrogate or a broken escape in the URL is 400, in JSON when asked', async () => {
    for (const target of [
      '/san-pham?q=%00',
      '/san-pham?q=%ED%A0%80',
      '/cua-hang/%C0%AF',
      '/san-pham/a%00b',
    ]) {
      const response = await send(target, { headers: { accept: 'application/json' } });
      expect(response.status, target).toBe(400);
      expect(await response.json(), target).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
  });
});
