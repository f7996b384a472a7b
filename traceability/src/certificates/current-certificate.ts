import { certificateStatus } from '@ocop/domain';
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { certificates } from '../db/schema';

export type CertificateRow = typeof certificates.$inferSelect;

/** A product's certificate in force is its most recently issued one (a renewal supersedes). */
export async function currentCertificate(db: Db, productId: string): Promise<CertificateRow | undefined> {
  return db.query.certificates.findFirst({
    where: eq(certificates.productId, productId),
    orderBy: [desc(certificates.issuedAt), desc(certificates.createdAt)],
  });
}

export function certificateView(row: CertificateRow, now: Date) {
  return { ...row, status: certificateStatus(row, now) };
}

export async function currentCertificateView(db: Db, productId: string, now: Date) {
  const row = await currentCertificate(db, productId);
  return row ? certificateView(row, now) : null;
}

/** Each product's certificate in force, for a list of products, in one query. */
export async function currentCertificateViews(db: Db, productIds: string[], now: Date) {
  if (productIds.length === 0) return new Map<string, ReturnType<typeof certificateView>>();
  const rows = await db
    .selectDistinctOn([certificates.productId])
    .from(certificates)
    .where(inArray(certificates.productId, productIds))
    .orderBy(certificates.productId, desc(certificates.issuedAt), desc(certificates.createdAt));
  return new Map(rows.map((r) => [r.productId, certificateView(r, now)]));
}
