import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';

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
