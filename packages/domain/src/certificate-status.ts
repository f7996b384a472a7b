import { type CertificateRecord, certificateState, isCertificateInForce } from './certificate-standing';
import { assertValidDate, fromVnWallClock, toVnWallClock } from './vn-date';

/** Decisions 148 and 26 (Art. 4.3): a certificate is valid for 36 months from its issue date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36;
/**
 * Decision 148 era: shown as "expiring" this long ahead, so the 30-day legal notice always falls
 * inside it. Decision 26 opens re-evaluation 180 days ahead: see certificateStanding.
 */
export const EXPIRING_WINDOW_DAYS = 90;
/**
 * Decision 148: the issuer notified the producer at least this many days before expiry. Decision
 * 26 has no such notice; reEvaluationReminders gives its reminder dates.
 */
export const EXPIRY_NOTICE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Decision 148-era status names (verdict contract v1 and v2, reports, list filters). */
export const CERTIFICATE_STATUSES = ['active', 'expiring', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateDates {
  issuedAt: Date;
  expiresAt: Date;
  revokedAt?: Date | null;
}

/**
 * Adds calendar months in Vietnamese local time, because the certificate's dates are Vietnamese
 * calendar dates: an issue at 03:00 on 29/02 in Hà Nội is still 28/02 in UTC. A day that does not
 * exist in the target month is clamped to its last day (29/02/2024 + 36 months = 28/02/2027).
 */
export function certificateExpiresAt(issuedAt: Date, months = CERTIFICATE_VALIDITY_MONTHS): Date {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer, got ${months}`);
  const local = toVnWallClock(issuedAt);
  const monthIndex = local.getUTCFullYear() * 12 + local.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const day = Math.min(local.getUTCDate(), daysInMonth(year, month));
  const wallClock = new Date(local.getTime());
  wallClock.setUTCFullYear(year, month, day);
  return fromVnWallClock(wallClock);
}

/**
 * The Decision 148-era status, kept for verdict contract v1/v2, listings and reports: `expiring`
 * within 90 days, no `extended`: a certificate past expiry but extended while its timely
 * re-evaluation is pending (Decision 26, Art. 12.3; the record says when it was filed) is still
 * valid, so it reads `expiring`, never `expired`. certificateStanding has Decision 26's states.
 */
export function certificateStatus(c: CertificateRecord, now: Date): CertificateStatus {
  assertValidDate(now);
  if (c.revokedAt && c.revokedAt.getTime() <= now.getTime()) return 'revoked';
  const left = c.expiresAt.getTime() - now.getTime();
  if (left <= 0)
    return c.reEvaluationFiledAt && certificateState(c, now) === 'extended' ? 'expiring' : 'expired';
  if (left <= EXPIRING_WINDOW_DAYS * DAY_MS) return 'expiring';
  return 'active';
}

/** Whole days left, rounded down; negative once expired. */
export function daysUntilExpiry(expiresAt: Date, now: Date): number {
  assertValidDate(expiresAt);
  assertValidDate(now);
  return Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS);
}

/**
 * Whether the product may show its stars and be sold as OCOP right now: also while extended
 * pending its re-evaluation (Decision 26, Art. 12.3), when the record says one is pending.
 */
export function isCertifiedNow(c: CertificateRecord, now: Date): boolean {
  return isCertificateInForce(certificateState(c, now));
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
