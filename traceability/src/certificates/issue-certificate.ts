import {
  certificateExpiresAt,
  formatVnDate,
  isCertifiedNow,
  rateScores,
  type ScorecardVersion,
  scorecardVersionFor,
} from '@ocop/domain';
import { eq } from 'drizzle-orm';
import { assertOfficialRole } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { isUniqueViolation, violatedConstraint } from '../db/is-unique-violation';
import { certificates, producers, products } from '../db/schema';
import { enqueueEvent } from '../events/enqueue-event';
import { AppError, notFound } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { certificatePayload } from './certificate-payload';
import { type CertificateRow, CURRENT_CERTIFICATE_ORDER } from './current-certificate';

export interface CertificateDecision {
  number: string;
  scores: { A: number; B: number; C: number };
  failedMandatory: string[];
  issuingLevel: 'district' | 'province' | 'central';
  issuerName: string;
  decisionNumber: string;
  issuedAt: Date;
  /** The criteria sheets the council scored on; by default those in force when the dossier was filed. */
  scorecardVersion?: ScorecardVersion;
}

/** Since 1 July 2025 (two-level government) districts no longer rate; older certificates keep it. */
const DISTRICT_LEVEL_ENDS = new Date('2025-06-30T17:00:00Z');

/**
 * Issues a certificate from a council's scores (Decision 148): the stars are computed, never
 * typed; the level must be the one allowed to award them; the event leaves through the outbox.
 */
export async function issueCertificate(
  productId: string,
  decision: CertificateDecision,
  deps: { db: Db; clock: () => Date; principal: Principal; jobs: JobQueue },
  renews?: CertificateRow,
): Promise<CertificateRow> {
  const { db, clock, principal } = deps;
  const now = clock();
  const product = await db.query.products.findFirst({ where: eq(products.id, productId) });
  if (!product) throw notFound('The product');
  const producer = await db.query.producers.findFirst({ where: eq(producers.id, product.producerId) });
  if (!producer) throw notFound('The producer');

  const official = assertOfficialRole(principal, 'issuer', producer.province);
  const rating = rateScores({ ...decision.scores, failedMandatory: decision.failedMandatory });
  if (!rating.certifiable) {
    const why = rating.blockedBy.length
      ? `mandatory criteria failed: ${rating.blockedBy.join(', ')}`
      : `a total of ${rating.total} gives ${rating.stars}★; only 3★–5★ are certified`;
    throw new AppError('not_certifiable', `This product cannot be certified: ${why}.`, rating);
  }
  checkLevel(rating.stars, decision, official.province);
  if (decision.issuedAt.getTime() > now.getTime() + 86_400_000) {
    throw new AppError('validation_failed', 'issuedAt cannot be in the future.');
  }

  try {
    return await db.transaction(async (tx) => {
      // Serialize decisions on one product: at most one certificate in force, renewed once.
      await tx.select({ id: products.id }).from(products).where(eq(products.id, productId)).for('update');
      const [current] = await tx
        .select()
        .from(certificates)
        .where(eq(certificates.productId, productId))
        .orderBy(...CURRENT_CERTIFICATE_ORDER)
        .limit(1);
      if (renews) {
        if (current?.id !== renews.id) {
          throw new AppError(
            'conflict',
            `Certificate ${renews.number} was already renewed; renew the newest one.`,
          );
        }
        if (decision.issuedAt < renews.issuedAt) {
          throw new AppError(
            'validation_failed',
            'A renewal cannot be issued before the certificate it renews.',
          );
        }
      } else if (current && isCertifiedNow(current, now)) {
        throw new AppError(
          'conflict',
          `The product already holds certificate ${current.number}, valid until ${formatVnDate(current.expiresAt, 'en')}; renew it instead.`,
        );
      }
      // The renewed certificate as read under the product's lock (a filing may have landed since).
      const previous = renews ? current : undefined;
      const [row] = await tx
        .insert(certificates)
        .values({
          number: decision.number,
          productId,
          stars: rating.stars,
          scoreA: decision.scores.A,
          scoreB: decision.scores.B,
          scoreC: decision.scores.C,
          scoreTotal: rating.total,
          issuingLevel: decision.issuingLevel,
          issuerName: decision.issuerName,
          decisionNumber: decision.decisionNumber,
          issuedAt: decision.issuedAt,
          expiresAt: certificateExpiresAt(decision.issuedAt),
          renewsId: renews?.id ?? null,
          scorecardVersion:
            decision.scorecardVersion ??
            scorecardVersionFor(previous?.reEvaluationFiledAt ?? decision.issuedAt),
          createdBy: `official:${official.actorId}`,
        })
        .returning();
      if (!row) throw new Error('certificate insert returned nothing');
      // The renewal is the council's decision on the re-evaluation that was filed: it ends the extension.
      if (previous?.reEvaluationFiledAt && !previous.reEvaluationDecidedAt) {
        const filed = previous.reEvaluationFiledAt.getTime();
        await tx
          .update(certificates)
          .set({
            reEvaluationDecidedAt: new Date(Math.max(decision.issuedAt.getTime(), filed)),
            reEvaluationDecision: decision.decisionNumber,
          })
          .where(eq(certificates.id, previous.id));
      }
      const topic = renews ? 'certificate.renewed' : 'certificate.issued';
      await enqueueEvent(tx, deps.jobs, topic, row.id, certificatePayload(row, producer.id, now));
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        violatedConstraint(error) === 'certificates_renews_uq'
          ? `Certificate ${renews?.number} was already renewed.`
          : `Certificate number ${decision.number} is already used.`,
      );
    }
    throw error;
  }
}

function checkLevel(stars: number, d: CertificateDecision, officialProvince: string | null): void {
  if (stars === 5 && d.issuingLevel !== 'central') {
    throw new AppError('validation_failed', '5★ is awarded only by the central (ministry) council.');
  }
  if (stars < 5 && d.issuingLevel === 'central') {
    throw new AppError('validation_failed', 'The central council awards 5★ only; 3★ and 4★ are provincial.');
  }
  if (d.issuingLevel === 'central' && officialProvince !== null) {
    throw new AppError('forbidden', 'Only a national official can record a central (5★) certificate.');
  }
  if (d.issuingLevel === 'district' && (stars > 3 || d.issuedAt >= DISTRICT_LEVEL_ENDS)) {
    throw new AppError('validation_failed', 'District councils rated 3★ only, and only before 1 July 2025.');
  }
}
