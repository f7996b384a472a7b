import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { productionEnv, type RunningServer, startServer } from '../../server/start-server';

const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const STAMP = '/ocop/AG1/10/L1/21/ABCDEFGHJKMNPQRSTVWX';

/**
 * The verify page through the real server.js, against a stand-in registry (a real local HTTP
 * server) that knows no stamp and limits reports: what the page keeps in the cookie, what it
 * asks the registry, and what it says.
 */
describe('verify page', () => {
  let registry: Server;
  let server: RunningServer;
  const asked: string[] = [];

  beforeAll(async () => {
    registry = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      if (req.url === '/v1/reports') {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '120' });
        res.end('{"error":{"code":"too_many_reports","message":"Too many reports"}}');
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"verdict":"unknown","message":{"vi":"Không có tem này.","en":"No such stamp."}}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const registryUrl = `http://127.0.0.1:${(registry.address() as { port: number }).port}`;
    server = await startServer({
      ...(await productionEnv(inject('storefrontBuild'))),
      REGISTRY_URL: registryUrl,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => registry?.close(resolve));
  });

  const get = (path: string, cookie = '') =>
    fetch(`${server.url}${path}`, { headers: { 'user-agent': PHONE, cookie }, redirect: 'manual' });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  it('keeps an id in the cookie, not the stamp path (issue 11: long paths overflowed it into a 500)', async () => {
    const response = await get(STAMP);
    expect(response.status).toBe(404);
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^__ocop=/);
    const session = JSON.parse(
      Buffer.from(
        decodeURIComponent(cookie.slice('__ocop='.length)).split('.')[0] ?? '',
        'base64',
      ).toString(),
    );
    expect(Object.keys(session)).toEqual(['scanId']);
    expect(JSON.stringify(session)).not.toContain('ABCDEFGH');
  });

  it('answers an over-long stamp path with a 404 page without asking the registry', async () => {
    asked.length = 0;
    const long = `/ocop/${'A'.repeat(2_500)}/10/L1/21/ABCDEFGHJKMNPQRSTVWX`;
    const response = await get(long);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('data-verdict="unknown"');
    expect(asked).toEqual([]);
    const post = await fetch(`${server.url}${long}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': PHONE },
      body: 'note=fake+pack',
    });
    expect(post.status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('says in words when the registry limits reports, and draws the kept verdict without scanning again', async () => {
    const first = await get(STAMP);
    const cookie = cookieOf(first);
    asked.length = 0;
    const sent = await fetch(`${server.url}${STAMP}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': PHONE, cookie },
      body: 'note=Tem+b%E1%BB%8B+b%C3%B3c&province=&contact=',
      redirect: 'manual',
    });
    expect(sent.status).toBe(302);
    expect(asked).toEqual(['POST /v1/reports']);
    const page = await get(STAMP, cookieOf(sent) || cookie);
    expect(await page.text()).toContain('Bạn đã gửi quá nhiều báo cáo, vui lòng thử lại sau 2 phút.');
    expect(asked).toEqual(['POST /v1/reports']);
  });
});
