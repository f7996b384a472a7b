import { type CertificateDates, type CertificateStatus, certificateStatus } from './certificate-status';
import { assertValidDate, startOfVnDay } from './vn-date';

/** Decision 26, Art. 7.6a: the re-evaluation dossier is filed no earlier than 180 days before expiry… */
export const RE_EVALUATION_OPENS_DAYS = 180;
/** …and no later than 120 days before it. */
export const RE_EVALUATION_CLOSES_DAYS = 120;
/**
 * Art. 12.3: a certificate whose re-evaluation could not be filed in that window stays valid until
 * the decision, at most 180 days past expiry.
 */
export const LATE_RE_EVALUATION_DAYS = 180;
/** Not in the text: the second reminder goes out a week before the window closes. */
export const RE_EVALUATION_CLOSING_REMINDER_DAYS = 7;

/**
 * A certificate's state under Decision 26. `expiring`: the re-evaluation window has opened (and
 * may have closed); `extended`: past expiry, valid while its re-evaluation is pending (Art. 12.3).
 */
export const CERTIFICATE_STATES = ['active', 'expiring', 'extended', 'expired', 'revoked'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** The states in which a product may show its stars and be sold as OCOP. */
export const IN_FORCE_CERTIFICATE_STATES: readonly CertificateState[] = ['active', 'expiring', 'extended'];

/**
 * Whether a certificate state or status, as stored or as a registry answer names it (v1/v2 names
 * or Decision 26 states), means the certificate is in force: the one test callers share instead
 * of comparing names themselves. Unknown names are not in force.
 */
export function isCertificateInForce(status: string | null | undefined): boolean {
  return status != null && (IN_FORCE_CERTIFICATE_STATES as readonly string[]).includes(status);
}

export const CERTIFICATE_STATE_LABELS: Readonly<Record<CertificateState, { vi: string; en: string }>> = {
  active: { vi: 'Còn hiệu lực', en: 'Active' },
  expiring: { vi: 'Sắp hết hạn, đến kỳ đánh giá lại', en: 'Expiring, due for re-evaluation' },
  extended: { vi: 'Gia hạn chờ kết quả đánh giá lại', en: 'Extended pending re-evaluation' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  revoked: { vi: 'Đã bị thu hồi', en: 'Revoked' },
};

/** The state labels in one language, keyed by state (for translation tables). */
export function certificateStateLabels(lang: 'vi' | 'en'): Record<CertificateState, string> {
  return Object.fromEntries(CERTIFICATE_STATES.map((s) => [s, CERTIFICATE_STATE_LABELS[s][lang]])) as Record<
    CertificateState,
    string
  >;
}

/** Where the re-evaluation window stands: not open yet, open, or closed (a filing now is late). */
export type ReEvaluationPhase = 'not_open' | 'open' | 'closed';

export const RE_EVALUATION_PHASE_LABELS: Readonly<Record<ReEvaluationPhase, { vi: string; en: string }>> = {
  not_open: { vi: 'Chưa đến kỳ nộp hồ sơ đánh giá lại', en: 'Re-evaluation not open yet' },
  open: { vi: 'Đang trong thời hạn nộp hồ sơ đánh giá lại', en: 'Re-evaluation open' },
  closed: { vi: 'Đã quá thời hạn nộp hồ sơ đánh giá lại', en: 'Re-evaluation window closed' },
};

export interface CertificateRecord extends CertificateDates {
  /** When the producer filed the re-evaluation dossier; null or absent when none was filed. */
  reEvaluationFiledAt?: Date | null;
  /** When the council decided on it (renewed or refused). */
  reEvaluationDecidedAt?: Date | null;
}

export interface ReEvaluationWindow {
  /** 00:00 in Hà Nội, 180 days before the expiry date. */
  opensAt: Date;
  /** 00:00 in Hà Nội the day after the 120th day before expiry: the window's exclusive end. */
  closesAt: Date;
  /** 00:00 in Hà Nội the day after the 180th day past expiry: the latest an extension runs to. */
  extensionEndsAt: Date;
}

/**
 * The re-evaluation window of a certificate, on Vietnamese calendar days: the days are counted
 * from the expiry date as a Hà Nội official reads it, whatever the stored UTC instant.
 */
export function reEvaluationWindow(expiresAt: Date): ReEvaluationWindow {
  return {
    opensAt: startOfVnDay(expiresAt, -RE_EVALUATION_OPENS_DAYS),
    closesAt: startOfVnDay(expiresAt, -RE_EVALUATION_CLOSES_DAYS + 1),
    extensionEndsAt: startOfVnDay(expiresAt, LATE_RE_EVALUATION_DAYS + 1),
  };
}

export type CertificateReminderKind = 're_evaluation_opens' | 're_evaluation_closes_soon';

export const CERTIFICATE_REMINDER_LABELS: Readonly<
  Record<CertificateReminderKind, { vi: string; en: string }>
> = {
  re_evaluation_opens: {
    vi: 'Đã đến kỳ nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP',
    en: 'The OCOP re-evaluation window is open',
  },
  re_evaluation_closes_soon: {
    vi: 'Sắp hết thời hạn nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP',
    en: 'The OCOP re-evaluation window closes soon',
  },
};

/**
 * When to remind the producer (Decision 148 asked for a notice 30 days before expiry; Decision 26
 * moved the filing to 180–120 days before it): when the window opens, and a week before it closes.
 */
export function reEvaluationReminders(expiresAt: Date): Array<{ kind: CertificateReminderKind; at: Date }> {
  const window = reEvaluationWindow(expiresAt);
  return [
    { kind: 're_evaluation_opens', at: window.opensAt },
    {
      kind: 're_evaluation_closes_soon',
      at: startOfVnDay(expiresAt, -RE_EVALUATION_CLOSES_DAYS - RE_EVALUATION_CLOSING_REMINDER_DAYS),
    },
  ];
}

export interface CertificateStanding {
  state: CertificateState;
  window: ReEvaluationWindow;
  phase: ReEvaluationPhase;
  /** A dossier is filed and not yet decided. */
  reEvaluationPending: boolean;
  /** The window is open (or has closed) and nothing is filed: the producer should file now. */
  reEvaluationDue: boolean;
  /** Until when (exclusive) the certificate is valid as things stand; null once it is not. */
  validUntil: Date | null;
}

/**
 * A certificate's state and re-evaluation at `now` under Decision 26; certificates issued under
 * Decision 148 follow the same rule (they stay valid until their own expiry, Art. 12.1).
 *
 * A dossier filed after expiry does not extend it: the certificate has already lapsed. A dossier
 * filed inside the window but still undecided at expiry is extended like a late one; the text
 * only speaks of late filings, so officials should confirm that reading.
 */
export function certificateStanding(c: CertificateRecord, now: Date): CertificateStanding {
  assertValidDate(now);
  assertValidDate(c.expiresAt);
  const t = now.getTime();
  const window = reEvaluationWindow(c.expiresAt);
  const phase: ReEvaluationPhase =
    t < window.opensAt.getTime() ? 'not_open' : t < window.closesAt.getTime() ? 'open' : 'closed';
  const filed = c.reEvaluationFiledAt ?? null;
  const decided = c.reEvaluationDecidedAt ?? null;
  const reEvaluationPending =
    filed !== null && filed.getTime() <= t && (decided === null || decided.getTime() > t);
  const base = { window, phase, reEvaluationPending };

  if (c.revokedAt && c.revokedAt.getTime() <= t) {
    return { ...base, state: 'revoked', reEvaluationDue: false, validUntil: null };
  }
  if (t < c.expiresAt.getTime()) {
    const state = phase === 'not_open' ? 'active' : 'expiring';
    return {
      ...base,
      state,
      reEvaluationDue: phase !== 'not_open' && filed === null,
      validUntil: c.expiresAt,
    };
  }
  const extended =
    reEvaluationPending &&
    filed !== null &&
    filed.getTime() <= c.expiresAt.getTime() &&
    t < window.extensionEndsAt.getTime();
  if (extended)
    return { ...base, state: 'extended', reEvaluationDue: false, validUntil: window.extensionEndsAt };
  return { ...base, state: 'expired', reEvaluationDue: false, validUntil: null };
}

export function certificateState(c: CertificateRecord, now: Date): CertificateState {
  return certificateStanding(c, now).state;
}

/**
 * A state as the Decision 148-era status names it (verdict contract v1 and v2, reports): an
 * extended certificate is still valid, so it reads `expiring`, never `expired`.
 */
export function toCertificateStatus(state: CertificateState): CertificateStatus {
  return state === 'extended' ? 'expiring' : state;
}

/**
 * What verdict contract v3 says of a certificate: the v1/v2 status (90-day `expiring`), except
 * `extended` past expiry while a timely re-evaluation is pending. Older versions get
 * toCertificateStatus of it (`expiring`).
 */
export type VerdictCertificateStatus = CertificateStatus | 'extended';

export function verdictCertificateStatus(c: CertificateRecord, now: Date): VerdictCertificateStatus {
  // certificateStatus says `expiring` past expiry only for an extended certificate; a scan of any
  // other certificate (the verify hot path) computes no re-evaluation window.
  const status = certificateStatus(c, now);
  return status === 'expiring' && c.expiresAt.getTime() <= now.getTime() ? 'extended' : status;
}
