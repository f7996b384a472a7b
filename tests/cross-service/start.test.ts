import { mintToken } from '@ocop/traceability';
import { describe, expect, inject, it } from 'vitest';

/**
 * The README's `npm start`, run for real by the global setup (tests/support/global-setup.ts):
 * a demo stamp answers genuine, then genuine_seen_before; one changed character answers
 * unknown; the catalog and the ledger hold the demo data; Ctrl-C is checked at teardown.
 */
describe('npm start', () => {
  const platform = inject('platform');
  const output = platform.output;
  const port = Number(new URL(platform.registryUrl).port);
  const backendPort = Number(new URL(platform.backendUrl).port);
  const mintOfficial = () =>
    mintToken(
      platform.jwtPrivateKey,
      { actorType: 'official', actorId: 'start-test', roles: ['inspector'], province: null },
      { issuer: 'ocop-backend' },
    );

  it('prints the URLs and serves a demo stamp: genuine, then seen before; an altered serial is unknown', async () => {
    expect(output).toContain(`http://localhost:${port}/openapi.json`);
    const stamp = /A demo stamp\s+(\S+)/.exec(output)?.[1] as string;
    expect(platform.demoStamps[0]).toBe(stamp);
    expect(stamp).toMatch(
      new RegExp(`^http://localhost:${port}/ocop/[A-Z0-9]+/10/AG-DEMO-01/21/[A-Za-z0-9_-]{20}$`),
    );

    const check = async (url: string) => {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      return { status: response.status, body: (await response.json()) as any };
    };
    // The browser tests scan the printed one; this test takes the batch's second unit.
    const unit = platform.demoStamps[1] as string;
    const first = await check(unit);
    expect(first).toMatchObject({ status: 200, body: { verdict: 'genuine' } });
    expect(first.body.certificate.status).toBe('active');
    expect(first.body.producer.address.province).toBe('An Giang');
    const second = await check(unit);
    expect(second).toMatchObject({
      status: 200,
      body: { verdict: 'genuine_seen_before', scans: { count: 2 } },
    });
    const altered = unit.slice(0, -1) + (unit.endsWith('x') ? 'y' : 'x');
    expect(await check(altered)).toMatchObject({ status: 404, body: { verdict: 'unknown' } });
  });

  it('serves the certified catalog: only products with a certificate in force, from approved shops', async () => {
    expect(output).toContain(`http://localhost:${backendPort}/store/ocop/products`);
    const key = /Publishable key\s+(pk_\w+)/.exec(output)?.[1] as string;
    const store = { headers: { 'x-publishable-api-key': key } };
    const listed = (await (
      await fetch(`http://localhost:${backendPort}/store/ocop/products?limit=100`, store)
    ).json()) as any;
    // 41 registry products: 2 are community tourism (not shipped), 1 expired, 1 revoked.
    expect(listed.count).toBe(37);
    expect(new Set(listed.products.map((p: any) => p.certificate_status))).toEqual(
      new Set(['active', 'expiring']),
    );
    expect(new Set(listed.products.map((p: any) => p.sector)).size).toBeGreaterThanOrEqual(5);
    expect(listed.products.every((p: any) => p.stars >= 3 && p.price > 0 && p.province === 'An Giang')).toBe(
      true,
    );
    const operator = await fetch(`http://localhost:${backendPort}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'operator@demo.ocop.vn', password: 'demo-ocop-2026' }),
    });
    expect(operator.status).toBe(200);
    const medusa = (await (
      await fetch(`http://localhost:${backendPort}/store/products?limit=100&fields=id`, store)
    ).json()) as any;
    expect(medusa.products.map((p: any) => p.id).sort()).toEqual(
      listed.products.map((p: any) => p.id).sort(),
    );
  });

  it('fed a year of marketplace orders and other channels into the registry ledger', async () => {
    const token = mintOfficial();
    const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // the ledger's day is Vietnam's
    const summary = (await (
      await fetch(`http://localhost:${port}/v1/sales/summary?from=${from}&to=${to}&groupBy=channel`, {
        headers: { authorization: `Bearer ${await token}` },
      })
    ).json()) as any;
    const byChannel = Object.fromEntries(summary.rows.map((r: any) => [r.key, r]));
    expect(Object.keys(byChannel).sort()).toEqual(['livestream', 'marketplace', 'showroom', 'supermarket']);
    expect(byChannel.marketplace.events).toBeGreaterThanOrEqual(500);
    const registry = (await (
      await fetch(`http://localhost:${port}/v1/products`, {
        headers: { authorization: `Bearer ${await token}` },
      })
    ).json()) as any;
    expect(registry.products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(registry.products.map((p: any) => p.sector)).size).toBeGreaterThanOrEqual(5);
  });

  it('serves the storefront and hands browsers scanning a stamp to its verify page', async () => {
    expect(output).toContain(`Storefront (shop)        ${platform.storefrontUrl}`);
    const home = await fetch(platform.storefrontUrl);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="vi"');
    const scan = await fetch(platform.demoStamp, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(scan.status).toBe(307);
    expect(scan.headers.get('location')).toBe(
      platform.demoStamp.replace(platform.registryUrl, platform.storefrontUrl),
    );
  });
});
