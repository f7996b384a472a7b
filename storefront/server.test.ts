import { createServer, type Server } from 'node:http';
import { createCookieSessionStorage } from '@remix-run/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootFailure, productionEnv, type RunningServer, startServer } from './server/start-server';

const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const buildDir = inject('storefrontBuild');

/** A cookie a forger makes with the development secret every copy of the code knows. */
async function forgedCookie(data: Record<string, unknown>): Promise<string> {
  const storage = createCookieSessionStorage({
    cookie: { name: '__ocop', secrets: ['dev-only-session-secret-change-me'], path: '/', httpOnly: true },
  });
  const session = await storage.getSession();
  for (const [k, v] of Object.entries(data)) session.set(k, v);
  return (await storage.commitSession(session)).split(';')[0] ?? '';
}

describe('server.js at boot (issue 11: production ran on the development secret)', () => {
  it('exits non-zero before listening without SESSION_SECRET, and names it', async () => {
    const env = await productionEnv(buildDir);
    delete (env as Partial<typeof env>).SESSION_SECRET;
    const { code, output } = await bootFailure(env);
    expect(code).toBe(1);
    expect(output).toContain('SESSION_SECRET is required in production');
    expect(output).not.toContain('http://localhost');
  });

  it('refuses the development secret and a short one', async () => {
    const env = await productionEnv(buildDir);
    expect(await bootFailure({ ...env, SESSION_SECRET: 'dev-only-session-secret-change-me' })).toMatchObject({
      code: 1,
      output: expect.stringContaining('SESSION_SECRET is the development secret'),
    });
    expect(await bootFailure({ ...env, SESSION_SECRET: 'short' })).toMatchObject({
      code: 1,
      output: expect.stringContaining('SESSION_SECRET needs 32 characters or more'),
    });
  });

  it('refuses a TRUST_PROXY that is not a list of proxies', async () => {
    const { code, output } = await bootFailure({ ...(await productionEnv(buildDir)), TRUST_PROXY: '*' });
    expect(code).toBe(1);
    expect(output).toContain('TRUST_PROXY must list the proxies');
  });
});

describe('server.js in production', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(await productionEnv(buildDir));
  });
  afterAll(() => server?.stop());

  it('sends the security headers, and the CSP nonce is the one on every inline script', async () => {
    const response = await fetch(`${server.url}/dang-nhap`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' https:\/\/js\.stripe\.com/);
    expect(csp).toContain('frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-inline' 'self'");
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // STOREFRONT_URL is http here: HSTS would lock browsers out of a site without TLS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(2);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    // Another response, another nonce.
    const again = (await fetch(`${server.url}/dang-nhap`)).headers.get('content-security-policy');
    expect(again).not.toContain(nonce);
  });

  it('does not accept a session signed with the development secret', async () => {
    // Signed in (a token in the session) sends /dang-nhap on to the account page.
    const cookie = await forgedCookie({ token: 'forged', customer: { email: 'x@y.vn', name: 'X' } });
    const response = await fetch(`${server.url}/dang-nhap`, { headers: { cookie }, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('x@y.vn');
  });

  it('answers a page with the backend and registry down as 503, not a 500', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('Hệ thống đang tạm gián đoạn');
  });
});

describe('HSTS', () => {
  it('is sent when the public URL is https', async () => {
    const server = await startServer({
      ...(await productionEnv(buildDir)),
      STOREFRONT_URL: 'https://cho.ocop.example',
    });
    try {
      const response = await fetch(`${server.url}/robots.txt`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await server.stop();
    }
  });
});

describe('trusted proxies (issue 11: TRUST_PROXY=true trusted every client)', () => {
  let registry: Server;
  let registryUrl: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // A stand-in for the registry's resolver: records whose address the storefront passes on.
    registry = createServer((req, res) => {
      seen.push(String(req.headers['x-forwarded-for']));
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"verdict":"unknown","message":null}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    registryUrl = `http://127.0.0.1:${(registry.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => registry.close(resolve)));

  async function forwardedBy(trustProxy: string | undefined): Promise<string | undefined> {
    const env = { ...(await productionEnv(buildDir)), REGISTRY_URL: registryUrl };
    const server = await startServer(trustProxy === undefined ? env : { ...env, TRUST_PROXY: trustProxy });
    try {
      seen.length = 0;
      await fetch(`${server.url}/ocop/AG1/10/L1/21/ABCDEFGHJKMNPQRSTVWX`, {
        headers: { 'user-agent': PHONE, 'x-forwarded-for': '203.0.113.9' },
      });
      return seen[0];
    } finally {
      await server.stop();
    }
  }

  it('trusts nobody by default: a client cannot name its own address', async () => {
    expect(await forwardedBy(undefined)).toBe('127.0.0.1');
    expect(await forwardedBy('10.0.0.0/8')).toBe('127.0.0.1');
  });

  it('takes the address a listed proxy passes on', async () => {
    expect(await forwardedBy('127.0.0.1')).toBe('203.0.113.9');
  });
});
