import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';
import { createRegistryServer } from './create-server';

let registry: TestRegistry;
let stampPath: string;
beforeAll(async () => {
  registry = await createTestRegistry();
  const shop = await seedShop(registry);
  const [url] = await issueAndWait(registry, shop, 1);
  stampPath = new URL(url as string).pathname;
});
afterAll(() => registry.close());

const expectSecure = (response: Response) => {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(response.headers.get('x-request-id')).toBeTruthy();
};

describe('security headers', () => {
  it('are on JSON verdicts, API answers, errors and unknown routes', async () => {
    for (const response of [
      await registry.request('GET', stampPath, { headers: { accept: 'application/json' } }),
      await registry.request('GET', '/v1/products', { token: await registry.tokens.official([]) }),
      await registry.request('GET', '/v1/products'),
      await registry.request('GET', '/ocop/NOPE/10/x', { headers: { accept: 'application/json' } }),
      await registry.request('GET', '/nowhere'),
    ]) {
      expectSecure(response);
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  });

  it('leave the verify page its own policy, and HSTS to https origins', async () => {
    const page = await registry.request('GET', stampPath, { headers: { accept: 'text/html' } });
    expectSecure(page);
    expect(page.headers.get('content-security-policy')).toContain("style-src 'sha256-");
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('over a real socket (createRegistryServer, as main.ts serves)', () => {
  it('carry the same headers and status as the app in memory: verdicts node:http answers itself, and the rest', async () => {
    const server = await createRegistryServer(registry.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const comparable = (response: Response) =>
      Object.fromEntries(
        [...response.headers].filter(
          ([name]) =>
            ![
              'date',
              'connection',
              'keep-alive',
              'content-length',
              'transfer-encoding',
              'x-request-id',
            ].includes(name),
        ),
      );
    try {
      for (const [path, accept] of [
        [stampPath, 'application/json'],
        [stampPath, 'text/html'],
        [`${stampPath}?format=json`, 'text/html'],
        [`${stampPath}?province=Atlantis`, 'application/json'],
        [`${stampPath}?linkType=linkset`, 'application/json'],
        [`${stampPath}?linkType=gs1:nothing`, 'application/json'],
        [stampPath.toLowerCase(), 'application/json'],
        [`${stampPath}X`, 'application/json'],
        ['/ocop/NOPE/10/x', 'application/json'],
        ['/ocop/%00/10/x', 'application/json'],
        ['/ocop/a/../b', 'application/json'],
        ['/v1/products', 'application/json'],
        ['/nowhere', 'application/json'],
      ] as const) {
        const overSocket = await fetch(`${origin}${path}`, { headers: { accept, 'x-request-id': 'req-1' } });
        const inMemory = await registry.request('GET', path, { headers: { accept } });
        expectSecure(overSocket);
        expect(overSocket.headers.get('x-request-id')).toBe('req-1');
        expect(comparable(overSocket)).toEqual(comparable(inMemory));
        expect(overSocket.status).toBe(inMemory.status);
      }
      const verdict = await fetch(`${origin}${stampPath}`, { headers: { accept: 'application/json' } });
      expect(verdict.headers.get('access-control-allow-origin')).toBe('*');
      expect(verdict.headers.get('access-control-expose-headers')).toBe('Link,Location');
      expect(verdict.headers.get('cache-control')).toBe('no-store');
      expect(verdict.headers.get('content-type')).toBe('application/json');
      expect(verdict.headers.get('link')).toContain('rel="https://gs1.org/voc/verificationService"');
      expect(((await verdict.json()) as { verdict: string }).verdict).toBe('genuine_seen_before');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
