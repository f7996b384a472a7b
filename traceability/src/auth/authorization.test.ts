import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
let mine: SeededShop;
let theirs: SeededShop;
let theirIssuanceId: string;

beforeAll(async () => {
  registry = await createTestRegistry();
  mine = await seedShop(registry);
  theirs = await seedShop(registry);
  await issueAndWait(registry, theirs, 2);
  const [row] = await registry.deps.sql`select id from stamp_issuances where batch_id = ${theirs.batchId}`;
  theirIssuanceId = row?.id;
});
afterAll(() => registry.close());

const status = async (method: string, path: string, token: string | undefined, body?: unknown) =>
  (await registry.request(method, path, { token, body })).status;

describe("a seller cannot reach another producer's data", () => {
  const cases: Array<[string, string, () => string, unknown?]> = [
    ['GET', 'producer', () => `/v1/producers/${theirs.producerId}`],
    ['GET', 'product', () => `/v1/products/${theirs.productId}`],
    ['GET', 'certificate', () => `/v1/certificates/${theirs.certificateId}`],
    ['GET', 'batches of a product', () => `/v1/products/${theirs.productId}/batches`],
    ['GET', 'batch', () => `/v1/batches/${theirs.batchId}`],
    ['GET', 'batch QR', () => `/v1/batches/${theirs.batchId}/qr.svg`],
    ['GET', 'unit QR', () => `/v1/batches/${theirs.batchId}/stamps/0/qr.svg`],
    ['GET', 'issuance', () => `/v1/stamp-issuances/${theirIssuanceId}`],
    ['GET', 'issuance URLs', () => `/v1/stamp-issuances/${theirIssuanceId}/urls`],
    [
      'POST',
      'new product',
      () => `/v1/producers/${theirs.producerId}/products`,
      { name: 'Khô cá lóc', group: 'processed_food' },
    ],
    [
      'POST',
      'new batch',
      () => `/v1/products/${theirs.productId}/batches`,
      { code: 'X1', producedAt: '2026-10-01T00:00:00Z', quantity: 5 },
    ],
    ['POST', 'stamp issuance', () => `/v1/batches/${theirs.batchId}/stamps`, { count: 5 }],
    ['POST', 'platform GTIN', () => `/v1/products/${theirs.productId}/platform-gtin`],
    [
      'POST',
      'voiding stamps',
      () => `/v1/batches/${theirs.batchId}/stamps/void`,
      { fromSeq: 0, toSeq: 1, reason: 'lost roll' },
    ],
  ];
  for (const [method, what, path, body] of cases) {
    it(`${method} ${what} → 404`, async () => {
      expect(await status(method, path(), mine.sellerToken, body)).toBe(404);
      // The owner itself gets through (so the 404 above is the rule, not a broken route).
      expect(
        await status(
          method === 'GET' ? method : 'GET',
          method === 'GET' ? path() : `/v1/producers/${theirs.producerId}`,
          theirs.sellerToken,
        ),
      ).toBe(200);
    });
  }

  it('lists show only its own rows', async () => {
    const products = await (
      await registry.request('GET', '/v1/products', { token: mine.sellerToken })
    ).json();
    expect(products.products.map((p: any) => p.producerId)).toEqual([mine.producerId]);
    expect(products.products[0].certificate).toMatchObject({ id: mine.certificateId, status: 'active' });
    const producers = await (
      await registry.request('GET', '/v1/producers', { token: mine.sellerToken })
    ).json();
    expect(producers.producers.map((p: any) => p.id)).toEqual([mine.producerId]);
    const filtered = await (
      await registry.request('GET', `/v1/products?producerId=${theirs.producerId}`, {
        token: mine.sellerToken,
      })
    ).json();
    expect(filtered.products).toEqual([]);
    const certificates = await (
      await registry.request('GET', '/v1/certificates', { token: mine.sellerToken })
    ).json();
    expect(new Set(certificates.certificates.map((c: any) => c.productId))).toEqual(
      new Set([mine.productId]),
    );
  });

  it('cannot record sales for another producer, nor read its sales', async () => {
    const event = {
      eventId: 'evt-cross-producer-1',
      productId: theirs.productId,
      producerId: theirs.producerId,
      channel: 'showroom',
      quantity: 1,
      amountVnd: 120000,
      occurredAt: '2026-11-01T03:00:00Z',
    };
    expect(await status('POST', '/v1/sales-events', mine.sellerToken, event)).toBe(403);
    expect(await status('POST', '/v1/sales-events', theirs.sellerToken, event)).toBe(201);
    const summary = await (
      await registry.request(
        'GET',
        `/v1/sales/summary?from=2026-11-01&to=2026-11-30&producerId=${theirs.producerId}`,
        {
          token: mine.sellerToken,
        },
      )
    ).json();
    expect(summary.rows).toEqual([]);
  });

  it('cannot pass off its own product under another producer in the ledger', async () => {
    const event = {
      eventId: 'evt-mismatch-1',
      productId: mine.productId,
      producerId: theirs.producerId,
      channel: 'showroom',
      quantity: 1,
      amountVnd: 1,
      occurredAt: '2026-11-01T03:00:00Z',
    };
    expect(await status('POST', '/v1/sales-events', await registry.tokens.service(), event)).toBe(400);
  });
});

describe('sellers cannot act as officials', () => {
  it('cannot register producers, issue, renew or revoke certificates, or resolve alerts', async () => {
    const t = mine.sellerToken;
    expect(
      await status('POST', '/v1/producers', t, {
        legalName: 'Fake',
        kind: 'enterprise',
        registrationNumber: '0312345678',
        province: 'An Giang',
        commune: 'Xã Mỹ Hòa Hưng',
      }),
    ).toBe(403);
    const decision = {
      number: 'FAKE-1',
      scores: { A: 40, B: 25, C: 35 },
      issuingLevel: 'central',
      issuerName: 'Bộ Nông nghiệp và Môi trường',
      decisionNumber: 'QĐ-FAKE',
      issuedAt: '2026-01-01T00:00:00Z',
    };
    expect(await status('POST', '/v1/certificates', t, { ...decision, productId: mine.productId })).toBe(403);
    expect(await status('POST', `/v1/certificates/${mine.certificateId}/renew`, t, decision)).toBe(403);
    expect(
      await status('POST', `/v1/certificates/${mine.certificateId}/revoke`, t, {
        reason: 'other',
        decisionNumber: 'QĐ-X',
      }),
    ).toBe(403);
    expect(
      await status('POST', '/v1/alerts/00000000-0000-4000-8000-000000000000/resolve', t, { note: 'done' }),
    ).toBe(403);
    expect(
      await status('POST', '/v1/event-subscribers', t, {
        name: 'mine',
        url: 'http://127.0.0.1:1/',
        secret: 'x'.repeat(16),
        topics: ['certificate.revoked'],
      }),
    ).toBe(403);
  });
});

describe('GTINs', () => {
  it('are bound by officials, not claimed by sellers', async () => {
    const path = `/v1/producers/${mine.producerId}/products`;
    const withGtin = { name: 'Nước mắm nhĩ', group: 'spices', gtin: '4006381333931' };
    expect(await status('POST', path, mine.sellerToken, withGtin)).toBe(403);
    expect(await status('POST', path, mine.sellerToken, { name: 'Nước mắm nhĩ', group: 'spices' })).toBe(201);
    expect(await status('POST', path, await registry.tokens.official(['issuer'], 'An Giang'), withGtin)).toBe(
      201,
    );
  });
});

describe('officials act only as their role and province allow', () => {
  it('reads everything', async () => {
    const reader = await registry.tokens.official([], 'Hà Nội');
    expect(await status('GET', `/v1/batches/${theirs.batchId}`, reader)).toBe(200);
    expect(await status('GET', `/v1/certificates/${mine.certificateId}`, reader)).toBe(200);
  });

  it('cannot revoke without the revoker role, nor outside its province', async () => {
    const body = { reason: 'other', decisionNumber: 'QĐ-1/2026' };
    const issuerOnly = await registry.tokens.official(['issuer']);
    expect(await status('POST', `/v1/certificates/${mine.certificateId}/revoke`, issuerOnly, body)).toBe(403);
    const elsewhere = await registry.tokens.official(['revoker'], 'Hà Nội');
    expect(await status('POST', `/v1/certificates/${mine.certificateId}/revoke`, elsewhere, body)).toBe(403);
  });

  it('a provincial official cannot record a central 5★ certificate', async () => {
    const provincial = await registry.tokens.official(['issuer'], 'An Giang');
    const response = await registry.request('POST', '/v1/certificates', {
      token: provincial,
      body: {
        productId: mine.productId,
        number: 'BNN-5S-1',
        scores: { A: 38, B: 24, C: 33 },
        issuingLevel: 'central',
        issuerName: 'Bộ Nông nghiệp và Môi trường',
        decisionNumber: 'QĐ-5S-1',
        issuedAt: '2026-05-01T00:00:00Z',
      },
    });
    expect(response.status).toBe(403);
  });

  it('cannot record sales', async () => {
    const official = await registry.tokens.official();
    const event = {
      eventId: 'evt-official-1',
      productId: mine.productId,
      producerId: mine.producerId,
      channel: 'other',
      quantity: 1,
      amountVnd: 1,
      occurredAt: '2026-11-01T03:00:00Z',
    };
    expect(await status('POST', '/v1/sales-events', official, event)).toBe(403);
  });
});

describe('printable serials and cross-province management', () => {
  it('gives stamp URLs and unit QR codes only to whoever manages the batch', async () => {
    const urls = `/v1/stamp-issuances/${theirIssuanceId}/urls`;
    const unitQr = `/v1/batches/${theirs.batchId}/stamps/0/qr.svg`;
    for (const token of [
      await registry.tokens.official([]),
      await registry.tokens.official(['revoker', 'inspector']),
      await registry.tokens.official(['issuer'], 'Hà Nội'),
      await registry.tokens.service(),
    ]) {
      expect(await status('GET', urls, token)).toBe(403);
      expect(await status('GET', unitQr, token)).toBe(403);
    }
    expect(await status('GET', urls, theirs.sellerToken)).toBe(200);
    expect(await status('GET', urls, await registry.tokens.official(['issuer'], 'An Giang'))).toBe(200);
  });

  it("keeps an issuing official of another province away from a producer's products and stamps", async () => {
    const elsewhere = await registry.tokens.official(['issuer'], 'Hà Nội');
    const batch = { code: 'HN1', producedAt: '2026-10-01T00:00:00Z', quantity: 5 };
    expect(await status('POST', `/v1/products/${theirs.productId}/batches`, elsewhere, batch)).toBe(403);
    expect(
      await status('POST', `/v1/producers/${theirs.producerId}/products`, elsewhere, {
        name: 'Khô cá lóc',
        group: 'processed_food',
      }),
    ).toBe(403);
    expect(
      await status('POST', `/v1/batches/${theirs.batchId}/stamps/void`, elsewhere, {
        fromSeq: 0,
        toSeq: 1,
        reason: 'lost roll',
      }),
    ).toBe(403);
  });
});

describe('tokens', () => {
  it('refuses a missing, forged or garbled token on private routes', async () => {
    expect(await status('GET', `/v1/producers/${mine.producerId}`, undefined)).toBe(401);
    expect(
      await status('GET', `/v1/producers/${mine.producerId}`, await registry.tokens.forged(mine.producerId)),
    ).toBe(401);
    expect(await status('GET', `/v1/producers/${mine.producerId}`, 'not-a-jwt')).toBe(401);
    const body = await (
      await registry.request('GET', '/v1/products', { headers: { authorization: 'Basic abc' } })
    ).json();
    expect(body.error.code).toBe('unauthenticated');
  });

  it('never lets a stale token turn a public stamp check into a 401', async () => {
    const response = await registry.request('GET', `/ocop/AAAA1/10/L1`, {
      headers: { accept: 'application/json', authorization: 'Bearer expired.or.garbled' },
    });
    expect(response.status).toBe(404);
  });
});
