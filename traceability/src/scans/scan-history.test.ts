import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNetworkRegions } from '../testing/add-network-regions';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await createTestRegistry({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
  await addNetworkRegions(registry, { '203.0.113.0/24': 'An Giang', '192.0.2.0/24': 'Cần Thơ' });
});
afterAll(() => registry.close());

describe("a unit's scan history", () => {
  it('shows the counters and each scan, newest first, to the owner and officials only', async () => {
    const shop = await seedShop(registry);
    const [url] = await issueAndWait(registry, shop, 1);
    const path = new URL(url as string).pathname;
    for (const ip of ['203.0.113.5', '192.0.2.5']) {
      await registry.request('GET', path, {
        headers: { accept: 'application/json', 'x-forwarded-for': ip },
        peer: '127.0.0.1',
      });
    }
    const history = `/v1/batches/${shop.batchId}/stamps/0/scans`;
    const own = await registry.request('GET', history, { token: shop.sellerToken });
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.stamp).toMatchObject({ seq: 0, scan_count: 2, first_scan_province: 'An Giang' });
    expect(body.stamp.provinces).toEqual(['An Giang', 'Cần Thơ']);
    expect(body.stamp.suspicious_at).not.toBeNull();
    expect(body.scans.map((s: any) => [s.province, s.province_source])).toEqual([
      ['Cần Thơ', 'network'],
      ['An Giang', 'network'],
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
