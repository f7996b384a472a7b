import { certificateState, formatVnDate, reEvaluationWindow } from '@ocop/domain';
import { eq } from 'drizzle-orm';
import { assertCanManageProducer, assertOfficialRole } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { certificates } from '../db/schema';
import { enqueueEvent } from '../events/enqueue-event';
import { AppError } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { certificatePayload } from './certificate-payload';
import type { CertificateRow } from './current-certificate';
import { lockCertificate, type Tx } from './lock-certificate';

interface Deps {
  db: Db;
  clock: () => Date;
  principal: Principal;
  jobs: JobQueue;
}

/** A clock a day fast is a mistake, a filing dated tomorrow is not a fact yet. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Records that the producer filed its re-evaluation dossier (Decision 26, Art. 7.6a): no earlier
 * than 180 days before expiry, and while the certificate is still in force — a certificate that
 * has lapsed gets a new evaluation, not a re-evaluation. A timely filing still undecided at expiry
 * extends the certificate (Art. 12.3; certificateStanding says for how long). The producer (its
 * seller) or an issuing official of its province records it; the date may be a paper filing's.
 */
export async function fileReEvaluation(
  certificateId: string,
  filing: { filedAt: Date | null },
  deps: Deps,
): Promise<CertificateRow> {
  const now = deps.clock();
  const filedAt = filing.filedAt ?? now;
  if (filedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('validation_failed', 'filedAt cannot be in the future.');
  }
  return deps.db.transaction(async (tx) => {
    const found = await lockCertificate(tx, certificateId);
    assertCanManageProducer(deps.principal, found.producer, 'The certificate');
    const c = found.certificate;
    await assertNotSuperseded(tx, c);
    if (c.revokedAt && c.revokedAt.getTime() <= filedAt.getTime()) {
      throw new AppError(
        'certificate_not_active',
        `Certificate ${c.number} was revoked; it cannot be re-evaluated.`,
      );
    }
    if (c.reEvaluationFiledAt) {
      throw new AppError(
        're_evaluation_already_filed',
        `The re-evaluation of certificate ${c.number} was filed on ${formatVnDate(c.reEvaluationFiledAt, 'en')}.`,
      );
    }
    if (filedAt.getTime() >= c.expiresAt.getTime()) {
      throw new AppError(
        'certificate_not_active',
        `Certificate ${c.number} expired on ${formatVnDate(c.expiresAt, 'en')}: the product needs a new evaluation, not a re-evaluation.`,
      );
    }
    const window = reEvaluationWindow(c.expiresAt);
    if (filedAt.getTime() < window.opensAt.getTime()) {
      throw new AppError(
        're_evaluation_not_open',
        `The re-evaluation of certificate ${c.number} opens on ${formatVnDate(window.opensAt, 'en')} (180 days before expiry).`,
        { opensAt: window.opensAt.toISOString() },
      );
    }
    const [row] = await tx
      .update(certificates)
      .set({ reEvaluationFiledAt: filedAt })
      .where(eq(certificates.id, c.id))
      .returning();
    if (!row) throw new Error('certificate update returned nothing');
    return row;
  });
}

/**
 * The council refused the re-evaluation (an approver-level act: issuing officials of the
 * province): the certificate is no longer extended, so if it is past expiry it lapses now and
 * the backend hears certificate.expired at once instead of at the next hourly run.
 */
export async function refuseReEvaluation(
  certificateId: string,
  refusal: { decisionNumber: string; decidedAt: Date | null },
  deps: Deps,
): Promise<CertificateRow> {
  const now = deps.clock();
  const decidedAt = refusal.decidedAt ?? now;
  if (decidedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('validation_failed', 'decidedAt cannot be in the future.');
  }
  return deps.db.transaction(async (tx) => {
    const found = await lockCertificate(tx, certificateId);
    assertOfficialRole(deps.principal, 'issuer', found.producer.province);
    const c = found.certificate;
    await assertNotSuperseded(tx, c);
    if (!c.reEvaluationFiledAt) {
      throw new AppError('re_evaluation_not_filed', `No re-evaluation of certificate ${c.number} was filed.`);
    }
    if (c.reEvaluationDecidedAt) {
      throw new AppError('conflict', `The re-evaluation of certificate ${c.number} was decided already.`);
    }
    if (decidedAt.getTime() < c.reEvaluationFiledAt.getTime()) {
      throw new AppError('validation_failed', 'A re-evaluation cannot be decided before it was filed.');
    }
    const lapses =
      !c.expiredNotifiedAt && certificateState({ ...c, reEvaluationDecidedAt: decidedAt }, now) === 'expired';
    const [row] = await tx
      .update(certificates)
      .set({
        reEvaluationDecidedAt: decidedAt,
        reEvaluationDecision: refusal.decisionNumber,
        ...(lapses ? { expiredNotifiedAt: now } : {}),
      })
      .where(eq(certificates.id, c.id))
      .returning();
    if (!row) throw new Error('certificate update returned nothing');
    if (lapses)
      await enqueueEvent(
        tx,
        deps.jobs,
        'certificate.expired',
        row.id,
        certificatePayload(row, found.producer.id, now),
      );
    return row;
  });
}

/** A renewed certificate is history: its successor is the one to re-evaluate. */
async function assertNotSuperseded(tx: Tx, c: CertificateRow): Promise<void> {
  const successor = await tx.query.certificates.findFirst({ where: eq(certificates.renewsId, c.id) });
  if (successor) {
    throw new AppError(
      'certificate_not_active',
      `Certificate ${c.number} was renewed by ${successor.number}; act on that one.`,
    );
  }
}
