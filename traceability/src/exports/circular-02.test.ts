import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { type SeededShop, seedShop } from '../testing/seed-producer';
import { toCsv } from './circular-02-rows';

let registry: TestRegistry;
let anGiang: SeededShop;
let hanoi: SeededShop;
const query = 'from=2026-10-01&to=2026-10-31';

beforeAll(async () => {
  registry = await createTestRegistry();
  anGiang = await seedShop(registry);
  hanoi = await seedShop(registry, { province: 'Hà Nội' });
});
afterAll(() => registry.close());

describe('the Circular 02 export', () => {
  it('gives officials one row per batch with the minimum fields', async () => {
    const r = await registry.request('GET', `/v1/exports/circular-02?${query}&format=json`, {
      token: await registry.tokens.official([]),
    });
    const { rows } = await r.json();
    const row = rows.find((x: any) => x.serial === anGiang.batchCode);
    expect(row).toMatchObject({
      productName: 'Mắm cá linh Châu Đốc',
      producerId: anGiang.producerId,
      producerName: 'Hợp tác xã Mắm Châu Đốc',
      producerAddress: 'Phường Châu Đốc, An Giang',
      // 01:00 UTC is 08:00 in Vietnam, written with its offset like the plain dates beside it.
      producedAt: '2026-10-01T08:00:00+07:00',
      brand: 'Bà Giáo',
      certificateStatus: 'active',
      modelCode: anGiang.productCode,
      expiryDate: '2027-10-01',
      standards: 'VietGAP; HACCP',
      traceabilityUrl: `https://verify.test/ocop/${anGiang.productCode}/10/${anGiang.batchCode}`,
    });
    expect(rows.some((x: any) => x.serial === hanoi.batchCode)).toBe(true);
  });

  it('flags the batches of a revoked product and gives images as absolute URLs', async () => {
    const own = await seedShop(registry);
    await registry.deps
      .sql`update products set image_url = '/media/demo/mam.svg' where code = ${own.productCode}`;
    const revoker = await registry.tokens.official(['revoker']);
    const revoked = await registry.request('POST', `/v1/certificates/${own.certificateId}/revoke`, {
      token: revoker,
      body: { reason: 'quality_violation', decisionNumber: 'QĐ-77/2026', note: 'Vi phạm chất lượng' },
    });
    expect(revoked.status).toBe(200);
    const r = await registry.request('GET', `/v1/exports/circular-02?${query}&format=json`, {
      token: await registry.tokens.official([]),
    });
    const row = (await r.json()).rows.find((x: any) => x.modelCode === own.productCode);
    expect(row.certificateStatus).toBe('revoked');
    expect(row.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(row.productImage).toMatch(/^https?:\/\/[^/]+\/media\/demo\/mam\.svg$/);
    expect(row.producerRegistrationNumber).toMatch(/^HTX/);
  });

  it('keeps a provincial official to its province and refuses sellers', async () => {
    const provincial = await registry.tokens.official([], 'An Giang');
    const { rows } = await (
      await registry.request('GET', `/v1/exports/circular-02?${query}&format=json`, { token: provincial })
    ).json();
    expect(rows.some((x: any) => x.serial === anGiang.batchCode)).toBe(true);
    expect(rows.some((x: any) => x.serial === hanoi.batchCode)).toBe(false);
    const other = await registry.request(
      'GET',
      `/v1/exports/circular-02?${query}&province=H%C3%A0%20N%E1%BB%99i`,
      {
        token: provincial,
      },
    );
    expect(other.status).toBe(403);
    expect(
      (await registry.request('GET', `/v1/exports/circular-02?${query}`, { token: anGiang.sellerToken }))
        .status,
    ).toBe(403);
  });

  it('downloads as CSV that spreadsheets read as UTF-8', async () => {
    const r = await registry.request('GET', `/v1/exports/circular-02?${query}`, {
      token: await registry.tokens.official([]),
    });
    expect(r.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Tên sản phẩm,')).toBe(true);
    expect(text).toContain(anGiang.batchCode);
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const csv = toCsv([
      {
        productName: 'Mắm "ngon", loại 1',
        productImage: null,
        producerName: 'HTX\nA',
        producerAddress: 'x',
        producedAt: 'y',
        brand: 'b',
        modelCode: 'm',
        serial: 's',
        expiryDate: null,
        standards: '',
        traceabilityUrl: 'u',
        producerId: 'i',
        producerRegistrationNumber: null,
        certificateNumber: null,
        decisionNumber: null,
        certificateStatus: 'none' as const,
        revokedAt: null,
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe('"Mắm ""ngon"", loại 1",,i,,"HTX\nA",x,y,b,m,s,,,u,,,none,');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    const row = {
      productImage: null,
      producerName: 'p',
      producerAddress: 'a',
      producedAt: 'd',
      brand: 'b',
      modelCode: 'm',
      serial: 's',
      expiryDate: null,
      standards: '',
      traceabilityUrl: 'u',
      producerId: 'i',
      producerRegistrationNumber: null,
      certificateNumber: null,
      decisionNumber: null,
      certificateStatus: 'none' as const,
      revokedAt: null,
    };
    const csv = toCsv([{ ...row, productName: '=HYPERLINK("http://x.example")' }]);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""http://x.example"")"`)).toBe(true);
  });
});
