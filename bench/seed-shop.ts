import { randomInt } from 'node:crypto';
import type { RunningRegistry } from './start-registry-server';

export interface SeededShop {
  productId: string;
  productCode: string;
  batchId: string;
  batchCode: string;
  sellerToken: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const uniqueNumber = () => `${Date.now()}${randomInt(1_000_000)}`.slice(-14);

/**
 * A producer with one product, a certificate in force and one batch, made through the public API
 * as an official and the producer's seller would (traceability/src/testing/seed-producer.ts does
 * the same for the tests, but in memory and with vitest's expect).
 */
export async function seedShop(registry: RunningRegistry): Promise<SeededShop> {
  const official = await registry.tokens.official();
  const producer = await registry.call<{ id: string }>('POST', '/v1/producers', {
    token: official,
    status: 201,
    body: {
      legalName: 'Hợp tác xã Mắm Châu Đốc',
      kind: 'cooperative',
      registrationNumber: `HTX${uniqueNumber()}`,
      province: 'An Giang',
      commune: 'Phường Châu Đốc',
    },
  });
  const product = await registry.call<{ id: string; code: string }>(
    'POST',
    `/v1/producers/${producer.id}/products`,
    {
      token: official,
      status: 201,
      body: { name: 'Mắm cá linh Châu Đốc', group: 'processed_food', gtin: null },
    },
  );
  await registry.call('POST', '/v1/certificates', {
    token: official,
    status: 201,
    body: {
      productId: product.id,
      number: `AG-${uniqueNumber()}`,
      scores: { A: 32, B: 20, C: 28.5 },
      issuingLevel: 'province',
      issuerName: 'UBND tỉnh An Giang',
      decisionNumber: `QĐ-${uniqueNumber()}`,
      // In force for the whole run, whenever it runs.
      issuedAt: new Date(Date.now() - 30 * DAY_MS).toISOString(),
    },
  });
  const sellerToken = await registry.tokens.seller(producer.id);
  const batch = await createBatch(registry, product.id, sellerToken);
  return { productId: product.id, productCode: product.code, ...batch, sellerToken };
}

/** Another batch of the same product, e.g. a fresh one for the issuance benchmark. */
export async function createBatch(
  registry: RunningRegistry,
  productId: string,
  sellerToken: string,
): Promise<{ batchId: string; batchCode: string }> {
  const batchCode = `L${uniqueNumber().slice(-8)}`;
  const batch = await registry.call<{ id: string }>('POST', `/v1/products/${productId}/batches`, {
    token: sellerToken,
    status: 201,
    body: {
      code: batchCode,
      producedAt: new Date(Date.now() - 10 * DAY_MS).toISOString(),
      bestBefore: null,
      quantity: 1_000_000,
      rawMaterialOrigin: 'Cá linh đầu nguồn sông Hậu',
      standards: ['VietGAP', 'HACCP'],
    },
  });
  return { batchId: batch.id, batchCode };
}
