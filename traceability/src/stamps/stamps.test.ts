import { gtinCheckDigit } from '@ocop/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';
import { parseStampKeys } from './stamp-keyring';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await createTestRegistry();
});
afterAll(() => registry.close());

describe('issuing stamps', () => {
  it('is idempotent on Idempotency-Key and reports progress to done', async () => {
    const shop = await seedShop(registry);
    const send = (count: number) =>
      registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
        token: shop.sellerToken,
        body: { count },
        headers: { 'idempotency-key': 'print-run-1' },
      });
    const first = await send(3);
    expect(first.status).toBe(202);
    const issuance = await first.json();
    expect(first.headers.get('location')).toBe(`/v1/stamp-issuances/${issuance.id}`);
    const again = await send(3);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(issuance.id);
    expect((await send(4)).status).toBe(409);
    let progress: any;
    for (let i = 0; i < 100; i++) {
      progress = await (
        await registry.request('GET', issuance.progressUrl, { token: shop.sellerToken })
      ).json();
      if (progress.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(progress).toMatchObject({ status: 'done', issued: 3, requested: 3, firstSeq: 0 });
    const [{ count }] = (await registry.deps
      .sql`select count(*)::int from stamps where batch_id = ${shop.batchId}`) as any;
    expect(count).toBe(3);
  });

  it('numbers later issuances after earlier ones', async () => {
    const shop = await seedShop(registry);
    await issueAndWait(registry, shop, 2);
    const urls = await issueAndWait(registry, shop, 2);
    const rows = await registry.deps
      .sql`select seq from stamps where batch_id = ${shop.batchId} order by seq`;
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(urls).toHaveLength(2);
  });

  it('accepts 1 to 1,000,000 per call', async () => {
    const shop = await seedShop(registry);
    for (const count of [0, -1, 1_000_001, 2.5, '10']) {
      const r = await registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
        token: shop.sellerToken,
        body: { count },
      });
      expect(r.status, String(count)).toBe(400);
    }
  });

  it('issues no more stamps than the batch has units, and one print run at a time', async () => {
    const shop = await seedShop(registry);
    const issue = (count: number) =>
      registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
        token: shop.sellerToken,
        body: { count },
      });
    const tooMany = await issue(1001);
    expect(tooMany.status).toBe(409);
    expect((await tooMany.json()).error.message).toContain('has 1000 of 1000 units');
    // A print run still running (as if another request had just started one) blocks a second.
    const [running] = await registry.deps.sql`
      insert into stamp_issuances (batch_id, requested, key_id, created_by)
      values (${shop.batchId}, 1, 'B', 'test') returning id`;
    expect((await issue(600)).status).toBe(409);
    await registry.deps.sql`update stamp_issuances set status = 'failed' where id = ${running?.id}`;
    await issueAndWait(registry, shop, 600);
    expect((await issue(401)).status).toBe(409);
    expect((await issue(400)).status).toBe(202);
  });

  it('refuses stamps for a product whose certificate is revoked', async () => {
    const shop = await seedShop(registry);
    await registry.request('POST', `/v1/certificates/${shop.certificateId}/revoke`, {
      token: await registry.tokens.official(),
      body: { reason: 'other', decisionNumber: 'QĐ-5/2026' },
    });
    const r = await registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
      token: shop.sellerToken,
      body: { count: 1 },
    });
    expect(r.status).toBe(409);
    expect((await r.json()).error.code).toBe('certificate_not_active');
  });

  it('serves printable QR codes as SVG for the batch and for a unit', async () => {
    const body = `893${String(Date.now()).slice(-9)}`;
    const shop = await seedShop(registry, { gtin: `${body}${gtinCheckDigit(body)}` });
    const [url] = await issueAndWait(registry, shop, 1);
    expect(url).toMatch(/^https:\/\/verify\.test\/01\/\d{14}\/10\//);
    for (const path of [
      `/v1/batches/${shop.batchId}/qr.svg`,
      `/v1/batches/${shop.batchId}/stamps/0/qr.svg`,
    ]) {
      const r = await registry.request('GET', path, { token: shop.sellerToken });
      expect(r.headers.get('content-type')).toBe('image/svg+xml');
      // GTIN stamps keep v1 serials: nothing to type.
      expect(r.headers.get('x-stamp-typed-code')).toBeNull();
      const svg = await r.text();
      expect(svg).toMatch(/^<svg/);
      // Four modules of quiet zone on each side (ISO/IEC 18004), and a printed size in mm.
      const version = Number(r.headers.get('x-qr-version'));
      const side = 17 + 4 * version + 8;
      expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
      const mm = Math.round(side * 0.33 * 100) / 100;
      expect(svg).toContain(`width="${mm}mm" height="${mm}mm"`);
      expect(Number(r.headers.get('x-qr-size-mm'))).toBe(mm);
      const larger = await registry.request('GET', `${path}?module_mm=0.5`, { token: shop.sellerToken });
      expect(await larger.text()).toContain(`width="${side * 0.5}mm"`);
      for (const bad of ['0.01', '9', 'abc']) {
        const refused = await registry.request('GET', `${path}?module_mm=${bad}`, {
          token: shop.sellerToken,
        });
        expect(refused.status).toBe(400);
      }
    }
    expect(
      (
        await registry.request('GET', `/v1/batches/${shop.batchId}/stamps/5/qr.svg`, {
          token: shop.sellerToken,
        })
      ).status,
    ).toBe(404);
  });

  it('prints a v2 unit QR upper case in alphanumeric mode, with the line to type (decision 016)', async () => {
    const shop = await seedShop(registry);
    const [url = ''] = await issueAndWait(registry, shop, 1);
    const serial = url.split('/').at(-1) ?? '';
    expect(url).toBe(`HTTPS://VERIFY.TEST/OCOP/${shop.productCode}/${shop.batchCode}/${serial}`);
    const r = await registry.request('GET', `/v1/batches/${shop.batchId}/stamps/0/qr.svg`, {
      token: shop.sellerToken,
    });
    expect(Number(r.headers.get('x-qr-version'))).toBeLessThanOrEqual(4);
    expect(r.headers.get('x-stamp-typed-code')?.replaceAll('-', '')).toBe(
      `${shop.productCode}/${shop.batchCode}/${serial}`,
    );
  });

  it('gives the print file as CSV with the typed line of each v2 stamp, the same URLs as the text file', async () => {
    const shop = await seedShop(registry);
    const urls = await issueAndWait(registry, shop, 3);
    const [issuance] = await registry.deps.sql<{ id: string; first_seq: number }[]>`
      select id, first_seq from stamp_issuances where batch_id = ${shop.batchId}`;
    const r = await registry.request('GET', `/v1/stamp-issuances/${issuance?.id}/urls?format=csv`, {
      token: shop.sellerToken,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const [header, ...lines] = (await r.text()).trimEnd().split('\r\n');
    expect(header).toBe('seq,url,typed_code');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const [seq, url, typed] = line.split(',');
      expect(Number(seq)).toBe((issuance?.first_seq ?? 0) + i);
      expect(url).toBe(urls[i]);
      const serial = url?.split('/').at(-1);
      expect(typed?.replaceAll('-', '')).toBe(`${shop.productCode}/${shop.batchCode}/${serial}`);
    });
    const refused = await registry.request('GET', `/v1/stamp-issuances/${issuance?.id}/urls?format=xlsx`, {
      token: shop.sellerToken,
    });
    expect(refused.status).toBe(400);
    const stranger = await seedShop(registry);
    const other = await registry.request('GET', `/v1/stamp-issuances/${issuance?.id}/urls?format=csv`, {
      token: stranger.sellerToken,
    });
    expect(other.status).toBe(404);
  });

  it('keeps verifying stamps signed with a retired key after rotation', async () => {
    const shop = await seedShop(registry);
    const [url] = await issueAndWait(registry, shop, 1);
    const oldKeys = registry.deps.stampKeys;
    // Rotate: a new active key C, the old keys kept for verification only.
    const spec = `A:${Buffer.from(oldKeys.find('A')?.secret ?? []).toString('base64')},B:${Buffer.from(oldKeys.find('B')?.secret ?? []).toString('base64')},C:${Buffer.alloc(32, 7).toString('base64')}`;
    registry.deps.stampKeys = parseStampKeys(spec, 'C');
    const r = await registry.request('GET', new URL(url as string).pathname, {
      headers: { accept: 'application/json' },
    });
    expect((await r.json()).verdict).toBe('genuine');
    const [next] = await issueAndWait(registry, shop, 1);
    expect(new URL(next as string).pathname.split('/').at(-1)?.[0]).toBe('C');
    registry.deps.stampKeys = oldKeys;
  });
});
