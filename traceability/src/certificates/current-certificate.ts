import { certificateStanding, certificateStatus } from '@ocop/domain';
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { certificates } from '../db/schema';

export type CertificateRow = typeof certificates.$inferSelect;

/*
 * A product's current certificate is its most recently issued one (a renewal supersedes); of two
 * issued at the same instant, the one recorded last. The one rule, for drizzle queries and for the
 * hand-written statements (the verify statement, the Circular 02 export).
 */
export const CURRENT_CERTIFICATE_ORDER = [desc(certificates.issuedAt), desc(certificates.createdAt)];

/** `c`: the current certificate of product `p`, or nulls; a lateral join for hand-written SQL. */
export const CURRENT_CERTIFICATE_JOIN = `left join lateral (
    select * from certificates c where c.product_id = p.id
    order by c.issued_at desc, c.created_at desc limit 1
  ) c on true`;

export async function currentCertificate(db: Db, productId: string): Promise<CertificateRow | undefined> {
  return db.query.certificates.findFirst({
    where: eq(certificates.productId, productId),
    orderBy: CURRENT_CERTIFICATE_ORDER,
  });
}

/**
 * A certificate as the API answers it: the stored row, its v1/v2 status name and Decision 26's
 * standing (state, re-evaluation window and whether a filing is due or pending).
 */
export function certificateView(row: CertificateRow, now: Date) {
  const { state, phase, reEvaluationPending, reEvaluationDue, window, validUntil } = certificateStanding(
    row,
    now,
  );
  return {
    ...row,
    status: certificateStatus(row, now),
    standing: { state, phase, reEvaluationPending, reEvaluationDue, window, validUntil },
  };
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
    .orderBy(certificates.productId, ...CURRENT_CERTIFICATE_ORDER);
  return new Map(rows.map((r) => [r.productId, certificateView(r, now)]));
}
