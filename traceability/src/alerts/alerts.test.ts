import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await createTestRegistry();
});
afterAll(() => registry.close());

describe('consumer reports', () => {
  it('opens an alert that the producer sees and an inspector resolves', async () => {
    const shop = await seedShop(registry);
    const [url] = await issueAndWait(registry, shop, 1);
    const report = await registry.request('POST', '/v1/reports', {
      body: { stampUrl: url, note: 'Bao bì khác, vị lạ', province: 'Cần Thơ' },
    });
    expect(report.status).toBe(201);
    const { id } = await report.json();
    const seen = await (await registry.request('GET', '/v1/alerts', { token: shop.sellerToken })).json();
    expect(seen.alerts.map((a: any) => a.id)).toContain(id);
    const other = await seedShop(registry);
    const hidden = await (await registry.request('GET', '/v1/alerts', { token: other.sellerToken })).json();
    expect(hidden.alerts.map((a: any) => a.id)).not.toContain(id);

    const resolve = (token: string) =>
      registry.request('POST', `/v1/alerts/${id}/resolve`, {
        token,
        body: { note: 'Đã kiểm tra tại cửa hàng' },
      });
    expect((await resolve(await registry.tokens.official(['issuer']))).status).toBe(403);
    const done = await resolve(await registry.tokens.official(['inspector']));
    expect(done.status).toBe(200);
    expect((await resolve(await registry.tokens.official(['inspector']))).status).toBe(404);
  });

  it('rejects a report without a stamp URL of ours', async () => {
    const r = await registry.request('POST', '/v1/reports', {
      body: { stampUrl: 'https://x.example/abc', note: 'fake?' },
    });
    expect(r.status).toBe(400);
  });
});
