import { randomInt } from 'node:crypto';
import { communesOfProvince } from '@ocop/domain';
import { expect } from 'vitest';
import type { TestRegistry } from './create-test-registry';

export interface SeededShop {
  producerId: string;
  productId: string;
  productCode: string;
  certificateId: string;
  batchId: string;
  batchCode: string;
  sellerToken: string;
}

/** Phường Châu Đốc in An Giang, else the province's first commune of the 2025 list. */
function communeIn(province: string): string | undefined {
  const communes = communesOfProvince(province);
  return (communes.find((c) => c.name === 'Châu Đốc') ?? communes[0])?.fullName;
}

const uniqueNumber = () => `${Date.now()}${randomInt(1_000_000)}`.slice(-14);

/** A producer with one certified product and one batch, made through the public API. */
export async function seedShop(
  registry: TestRegistry,
  options: {
    province?: string;
    gtin?: string | null;
    issuedAt?: string;
    scores?: { A: number; B: number; C: number };
  } = {},
): Promise<SeededShop> {
  const official = await registry.tokens.official();
  const json = async (response: Response, status: number) => {
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    return body as Record<string, unknown>;
  };
  const producer = await json(
    await registry.request('POST', '/v1/producers', {
      token: official,
      body: {
        legalName: 'Hợp tác xã Mắm Châu Đốc',
        kind: 'cooperative',
        registrationNumber: `HTX${uniqueNumber()}`,
        province: options.province ?? 'An Giang',
        // A real commune of the province (the registry checks it against the 2025 list).
        commune: communeIn(options.province ?? 'An Giang'),
      },
    }),
    201,
  );
  const product = await json(
    await registry.request('POST', `/v1/producers/${producer.id}/products`, {
      token: official,
      body: {
        name: 'Mắm cá linh Châu Đốc',
        group: 'processed_food',
        gtin: options.gtin ?? null,
        brand: 'Bà Giáo',
        imageUrl: null,
      },
    }),
    201,
  );
  const certificate = await json(
    await registry.request('POST', '/v1/certificates', {
      token: official,
      body: {
        productId: product.id,
        number: `AG-${uniqueNumber()}`,
        scores: options.scores ?? { A: 32, B: 20, C: 28.5 },
        issuingLevel: 'province',
        issuerName: 'UBND tỉnh An Giang',
        decisionNumber: `QĐ-${uniqueNumber()}`,
        issuedAt: options.issuedAt ?? '2026-03-01T02:00:00Z',
      },
    }),
    201,
  );
  const sellerToken = await registry.tokens.seller(producer.id as string);
  const batchCode = `L${uniqueNumber().slice(-8)}`;
  const batch = await json(
    await registry.request('POST', `/v1/products/${product.id}/batches`, {
      token: sellerToken,
      body: {
        code: batchCode,
        producedAt: '2026-10-01T01:00:00Z',
        bestBefore: '2027-10-01',
        quantity: 1000,
        rawMaterialOrigin: 'Cá linh đầu nguồn sông Hậu',
        standards: ['VietGAP', 'HACCP'],
      },
    }),
    201,
  );
  return {
    producerId: producer.id as string,
    productId: product.id as string,
    productCode: product.code as string,
    certificateId: certificate.id as string,
    batchId: batch.id as string,
    batchCode,
    sellerToken,
  };
}

/** Issues stamps and waits for the background COPY to finish; returns the stamp URLs. */
export async function issueAndWait(
  registry: TestRegistry,
  shop: SeededShop,
  count: number,
): Promise<string[]> {
  const started = await registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
    token: shop.sellerToken,
    body: { count },
  });
  const issuance = (await started.json()) as { id: string };
  expect(started.status, JSON.stringify(issuance)).toBe(202);
  for (let i = 0; i < 200; i++) {
    const progress = (await (
      await registry.request('GET', `/v1/stamp-issuances/${issuance.id}`, { token: shop.sellerToken })
    ).json()) as { status: string };
    if (progress.status === 'done') break;
    if (progress.status === 'failed') throw new Error(`issuance failed: ${JSON.stringify(progress)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const urls = await registry.request('GET', `/v1/stamp-issuances/${issuance.id}/urls`, {
    token: shop.sellerToken,
  });
  expect(urls.status, await urls.clone().text()).toBe(200);
  return (await urls.text()).trim().split('\n');
}
