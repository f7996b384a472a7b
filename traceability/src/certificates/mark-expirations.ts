import { certificateState, EXPIRY_NOTICE_DAYS } from '@ocop/domain';
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { certificates, products } from '../db/schema';
import { enqueueEvent } from '../events/enqueue-event';
import type { JobQueue } from '../jobs/job-queue';
import { certificatePayload } from './certificate-payload';

const notRenewed = sql`not exists (select 1 from certificates n where n.renews_id = ${certificates.id})`;

/**
 * The daily job: announces certificates that expired (certificate.expired; an extended one when
 * its extension ends) and those inside the
 * legal 30-day notice window (certificate.expiring), each once. Safe to run any number of times.
 */
export async function markExpirations(
  db: Db,
  jobs: JobQueue,
  now: Date,
): Promise<{ expired: number; noticed: number }> {
  return db.transaction(async (tx) => {
    // Past expiry, but an extended certificate (its timely re-evaluation pending, Decision 26
    // Art. 12.3) is still in force: it is announced when the extension ends or is refused.
    const lapsed = await tx
      .select()
      .from(certificates)
      .where(
        and(
          lte(certificates.expiresAt, now),
          isNull(certificates.expiredNotifiedAt),
          isNull(certificates.revokedAt),
          notRenewed,
        ),
      )
      .for('update', { skipLocked: true });
    const lapsedIds = lapsed.filter((row) => certificateState(row, now) === 'expired').map((row) => row.id);
    const expired = lapsedIds.length
      ? await tx
          .update(certificates)
          .set({ expiredNotifiedAt: now })
          .where(inArray(certificates.id, lapsedIds))
          .returning()
      : [];
    // The law asks for notice at least 30 days ahead; the job runs hourly, so look one day further.
    const noticeFrom = new Date(now.getTime() + (EXPIRY_NOTICE_DAYS + 1) * 86_400_000);
    const noticed = await tx
      .update(certificates)
      .set({ expiryNoticeAt: now })
      .where(
        and(
          lte(certificates.expiresAt, noticeFrom),
          gt(certificates.expiresAt, now),
          isNull(certificates.expiryNoticeAt),
          isNull(certificates.revokedAt),
          notRenewed,
        ),
      )
      .returning();
    for (const [topic, rows] of [
      ['certificate.expired', expired],
      ['certificate.expiring', noticed],
    ] as const) {
      for (const row of rows) {
        const product = await tx.query.products.findFirst({ where: eq(products.id, row.productId) });
        await enqueueEvent(tx, jobs, topic, row.id, certificatePayload(row, product?.producerId ?? '', now));
      }
    }
    return { expired: expired.length, noticed: noticed.length };
  });
}
