import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await createTestRegistry({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
});
afterAll(() => registry.close());

describe("a unit's scan history", () => {
  it('shows the counters and each scan, newest first, to the owner and officials only', async () => {
    const shop = await seedShop(registry);
    const [url] = await issueAndWait(registry, shop, 1);
    const path = new URL(url as string).pathname;
    // Fixed lines in Ninh Bình and Hà Nội, and a carrier (VNPT, placed at its Hà Nội hub).
    for (const ip of ['103.108.132.1', '42.96.38.1', '42.96.46.1', '14.160.0.1']) {
      await registry.request('GET', path, {
        headers: { accept: 'application/json', 'x-forwarded-for': ip },
        peer: '127.0.0.1',
      });
    }
    const history = `/v1/batches/${shop.batchId}/stamps/0/scans`;
    const own = await registry.request('GET', history, { token: shop.sellerToken });
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.stamp).toMatchObject({ seq: 0, scan_count: 4, first_scan_province: 'Ninh Bình' });
    expect(body.stamp.provinces).toEqual(['Ninh Bình', 'Hà Nội']);
    expect(body.stamp.suspicious_at).not.toBeNull();
    expect(body.scans.map((s: any) => [s.province, s.network_kind])).toEqual([
      [null, 'carrier'],
      ['Hà Nội', 'fixed'],
      ['Hà Nội', 'fixed'],
      ['Ninh Bình', 'fixed'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/\d+\.\d+\.\d+\.\d+/);

    const other = await seedShop(registry);
    expect((await registry.request('GET', history, { token: other.sellerToken })).status).toBe(404);
    expect(
      (await registry.request('GET', history, { token: await registry.tokens.official([]) })).status,
    ).toBe(200);
    expect(
      (
        await registry.request('GET', `/v1/batches/${shop.batchId}/stamps/7/scans`, {
          token: shop.sellerToken,
        })
      ).status,
    ).toBe(404);
  });
});
