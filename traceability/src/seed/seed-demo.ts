import { currentProvinceOf, findProductGroup } from '@ocop/domain';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { issueCertificate } from '../certificates/issue-certificate';
import { revokeCertificate } from '../certificates/revoke-certificate';
import type { Db, Sql } from '../db/client';
import { batches, certificates, producers, productionSteps, products, stampIssuances } from '../db/schema';
import type { JobQueue } from '../jobs/job-queue';
import { placeProducer } from '../producers/producer-place';
import { issueStamps } from '../stamps/issue-stamps';
import { DEMO_PRODUCERS, DEMO_PRODUCT_IMAGE } from './demo-data';

export const DEMO_BATCH_CODE = 'AG-DEMO-01';
export const DEMO_PRODUCER_REGISTRATION = 'DEMO-1600001';
const DEMO_STAMPS = 20;
const DAY = 86_400_000;
const SEED_OFFICIAL: Principal = {
  kind: 'official',
  actorId: 'demo-seed',
  roles: ['issuer', 'revoker'],
  province: null,
};
const MERGER = new Date('2025-07-01T00:00:00+07:00');

/**
 * Loads the demo registry. Every step looks before it writes, so running it again (or after a
 * crash half-way) changes nothing that is already there. Dates are relative to `now`, so a
 * fresh demo always has certificates expiring within 30 days, one expired and one revoked.
 */
export async function seedDemo(
  db: { db: Db; sql: Sql; bulkSql: Sql },
  options: { now: Date; stampKeyId: string; jobs: JobQueue },
): Promise<{ created: number }> {
  const { now } = options;
  let created = 0;
  let index = 0;
  for (const p of DEMO_PRODUCERS) {
    await db.db
      .insert(producers)
      .values({ ...p, province: 'An Giang', ...placeProducer({ province: 'An Giang', commune: p.commune }) })
      .onConflictDoNothing({ target: producers.registrationNumber });
    const producer = await db.db.query.producers.findFirst({
      where: eq(producers.registrationNumber, p.registrationNumber),
    });
    if (!producer) throw new Error(`demo producer ${p.registrationNumber} missing`);
    for (const item of p.products) {
      const n = index++;
      let product = await db.db.query.products.findFirst({
        where: and(eq(products.producerId, producer.id), eq(products.name, item.name)),
      });
      if (!product) {
        const group = findProductGroup(item.group);
        [product] = await db.db
          .insert(products)
          .values({
            producerId: producer.id,
            code: `AG${String(n + 1).padStart(4, '0')}`,
            name: item.name,
            sector: group?.sector ?? 'food',
            productGroup: item.group,
            brand: p.brand,
            imageUrl: DEMO_PRODUCT_IMAGE(item.name),
            description: `${item.name} — ${item.origin}.`,
          })
          .returning();
        created++;
      } else if (product.brand === null) {
        // Databases seeded before products had a brand.
        [product] = await db.db
          .update(products)
          .set({ brand: p.brand })
          .where(eq(products.id, product.id))
          .returning();
      }
      if (!product) throw new Error('demo product insert returned nothing');
      created += await certify(db.db, options.jobs, product.id, item.stars, n, p.legacyDistrict, now);
      if (findProductGroup(item.group)?.stampable) {
        const code = n === 0 ? DEMO_BATCH_CODE : `AG-${n + 1}-01`;
        const stamps = n === 0 ? DEMO_STAMPS : n === REVOKED ? 5 : 0;
        created += await ensureBatch(db, product.id, code, item, { now, stamps, keyId: options.stampKeyId });
        created += await ensureSteps(db, code, product.id, item, `${p.addressLine}, ${p.commune}`);
      }
    }
  }
  return { created };
}

const SCORES = {
  3: { A: 25, B: 15, C: 20.5 },
  4: { A: 31.5, B: 20, C: 27 },
  5: { A: 37, B: 23, C: 32.25 },
} as const;

async function certify(
  db: Db,
  jobs: JobQueue,
  productId: string,
  stars: 3 | 4 | 5,
  n: number,
  legacy: string | null,
  now: Date,
) {
  const number = `DEMO-${String(n + 1).padStart(3, '0')}/OCOP`;
  const existing = await db.query.certificates.findFirst({ where: eq(certificates.number, number) });
  if (existing) return 0;
  const issuedAt = demoIssueDate(n, now);
  const kienGiang = legacy?.includes('Phú Quốc') || legacy?.includes('U Minh');
  const issuerName =
    stars === 5
      ? 'Bộ Nông nghiệp và Môi trường'
      : issuedAt < MERGER && kienGiang
        ? 'UBND tỉnh Kiên Giang'
        : `UBND tỉnh ${currentProvinceOf('An Giang')}`;
  const row = await issueCertificate(
    productId,
    {
      number,
      scores: SCORES[stars],
      failedMandatory: [],
      issuingLevel: stars === 5 ? 'central' : 'province',
      issuerName,
      decisionNumber: `${100 + n}/QĐ-UBND`,
      issuedAt,
    },
    { db, clock: () => now, principal: SEED_OFFICIAL, jobs },
  );
  if (n === REVOKED) {
    await revokeCertificate(
      row.id,
      {
        reason: 'quality_violation',
        note: 'Mẫu kiểm tra sau chứng nhận không đạt chỉ tiêu vi sinh (dữ liệu demo).',
        decisionNumber: '2150/QĐ-UBND',
        revokedAt: new Date(now.getTime() - 10 * DAY),
      },
      { db, clock: () => now, principal: SEED_OFFICIAL, jobs },
    );
  }
  return 1;
}

const EXPIRING = [1, 5];
const EXPIRED = 8;
const REVOKED = 12;

function demoIssueDate(n: number, now: Date): Date {
  const monthsAgo = (m: number) => new Date(now.getTime() - m * 30.44 * DAY);
  if (EXPIRING.includes(n)) {
    // 36 months minus 20 or 25 days: inside the legal 30-day notice window.
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() - 36);
    return new Date(d.getTime() + (n === 1 ? 20 : 25) * DAY);
  }
  if (n === EXPIRED) return monthsAgo(37);
  return monthsAgo(2 + ((n * 7) % 28));
}

async function ensureBatch(
  db: { db: Db; sql: Sql; bulkSql: Sql },
  productId: string,
  code: string,
  item: { origin: string; standards: string[] },
  { now, stamps, keyId }: { now: Date; stamps: number; keyId: string },
): Promise<number> {
  let batch = await db.db.query.batches.findFirst({
    where: and(eq(batches.productId, productId), eq(batches.code, code)),
  });
  let created = 0;
  if (!batch) {
    const producedAt = new Date(now.getTime() - 20 * DAY);
    [batch] = await db.db
      .insert(batches)
      .values({
        productId,
        code,
        producedAt,
        bestBefore: new Date(producedAt.getTime() + 365 * DAY).toISOString().slice(0, 10),
        quantity: 500,
        rawMaterialOrigin: item.origin,
        standards: item.standards,
      })
      .returning();
    created++;
  }
  if (!batch || stamps === 0 || batch.nextSeq > 0) return created;
  const [issuance] = await db.db
    .insert(stampIssuances)
    .values({ batchId: batch.id, requested: stamps, keyId, createdBy: 'demo-seed' })
    .returning();
  if (!issuance) throw new Error('demo issuance insert returned nothing');
  await issueStamps(
    { issuanceId: issuance.id, batchId: batch.id, count: stamps },
    { sql: db.sql, bulkSql: db.bulkSql, clock: () => now },
  );
  return created + stamps;
}

/**
 * Real-looking production steps for a demo batch (Circular 02: stages and their times), added
 * once: from the raw material to the pack, dated back from the batch's production day.
 */
async function ensureSteps(
  db: { db: Db },
  code: string,
  productId: string,
  item: { name: string; origin: string; standards: string[] },
  workshop: string,
): Promise<number> {
  const batch = await db.db.query.batches.findFirst({
    where: and(eq(batches.productId, productId), eq(batches.code, code)),
  });
  if (!batch) return 0;
  const existing = await db.db.query.productionSteps.findFirst({
    where: eq(productionSteps.batchId, batch.id),
  });
  if (existing) return 0;
  const at = (days: number) => new Date(batch.producedAt.getTime() - days * DAY);
  const steps = [
    {
      stage: 'harvesting' as const,
      occurredAt: at(12),
      place: item.origin,
      inputs: [],
      note: `Thu nguyên liệu: ${item.origin}`,
    },
    {
      stage: 'receiving' as const,
      occurredAt: at(11),
      place: workshop,
      inputs: [],
      note: 'Nhận và kiểm tra nguyên liệu đầu vào',
    },
    {
      stage: 'processing' as const,
      occurredAt: at(6),
      place: workshop,
      inputs: [item.origin],
      note: `Chế biến ${item.name}`,
    },
    {
      stage: 'inspecting' as const,
      occurredAt: at(2),
      place: workshop,
      inputs: [],
      note: item.standards.length ? `Kiểm tra theo ${item.standards.join(', ')}` : 'Kiểm tra chất lượng lô',
    },
    {
      stage: 'packing' as const,
      occurredAt: at(0),
      place: workshop,
      inputs: [],
      note: 'Đóng gói, dán tem truy xuất',
    },
  ];
  await db.db
    .insert(productionSteps)
    .values(steps.map((st, position) => ({ ...st, batchId: batch.id, position, createdBy: 'demo-seed' })))
    .onConflictDoNothing();
  return steps.length;
}
