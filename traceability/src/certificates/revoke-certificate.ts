import { eq } from 'drizzle-orm';
import { assertOfficialRole } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { certificates } from '../db/schema';
import { enqueueEvent } from '../events/enqueue-event';
import { AppError } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { certificatePayload } from './certificate-payload';
import type { CertificateRow } from './current-certificate';
import { lockCertificate } from './lock-certificate';

export interface Revocation {
  reason: 'not_reevaluated' | 'failed_mandatory' | 'quality_violation' | 'other';
  note: string | null;
  decisionNumber: string;
  revokedAt: Date | null;
}

export async function revokeCertificate(
  certificateId: string,
  revocation: Revocation,
  deps: { db: Db; clock: () => Date; principal: Principal; jobs: JobQueue },
): Promise<CertificateRow> {
  const { db, clock, principal } = deps;
  const now = clock();
  return db.transaction(async (tx) => {
    const found = await lockCertificate(tx, certificateId);
    assertOfficialRole(principal, 'revoker', found.producer.province);
    if (found.certificate.revokedAt) {
      throw new AppError('conflict', `Certificate ${found.certificate.number} is already revoked.`);
    }
    const [row] = await tx
      .update(certificates)
      .set({
        revokedAt: revocation.revokedAt ?? now,
        revocationReason: revocation.reason,
        revocationNote: revocation.note,
        revocationDecision: revocation.decisionNumber,
      })
      .where(eq(certificates.id, certificateId))
      .returning();
    if (!row) throw new Error('certificate update returned nothing');
    await enqueueEvent(
      tx,
      deps.jobs,
      'certificate.revoked',
      row.id,
      certificatePayload(row, found.producer.id, now),
    );
    return row;
  });
}
