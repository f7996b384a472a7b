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

describe('who closes an alert', () => {
  it("goes by the product's producer's province, never the reporter's claimed one", async () => {
    const shop = await seedShop(registry, { province: 'Cần Thơ' });
    const [url] = await issueAndWait(registry, shop, 1);
    // The reporter claims An Giang, so an An Giang official would match the alert's own province.
    const report = await registry.request('POST', '/v1/reports', {
      body: { stampUrl: url, note: 'Tem mờ, nghi giả', province: 'An Giang' },
    });
    const { id } = await report.json();
    const resolve = async (province: string | null) =>
      registry.request('POST', `/v1/alerts/${id}/resolve`, {
        token: await registry.tokens.official(['inspector'], province),
        body: { note: 'Đã xử lý' },
      });
    const foreign = await resolve('An Giang');
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('forbidden');
    const [still] = await registry.deps.sql`select status from alerts where id = ${id}`;
    expect(still?.status).toBe('open');
    expect((await resolve('Cần Thơ')).status).toBe(200);
  });

  it('lets national officials close any alert, and only them one that names no producer', async () => {
    const shop = await seedShop(registry, { province: 'Cần Thơ' });
    const [url] = await issueAndWait(registry, shop, 1);
    const ids: string[] = [];
    for (const stampUrl of [url, 'https://verify.test/ocop/ZZ9999/10/L1']) {
      const r = await registry.request('POST', '/v1/reports', { body: { stampUrl, note: 'Nghi giả' } });
      ids.push((await r.json()).id);
    }
    const resolve = async (id: string | undefined, province: string | null) =>
      (
        await registry.request('POST', `/v1/alerts/${id}/resolve`, {
          token: await registry.tokens.official(['inspector'], province),
          body: { note: 'Đã xử lý' },
        })
      ).status;
    expect(await resolve(ids[1], 'Cần Thơ')).toBe(403);
    expect(await resolve(ids[0], null)).toBe(200);
    expect(await resolve(ids[1], null)).toBe(200);
  });
});
