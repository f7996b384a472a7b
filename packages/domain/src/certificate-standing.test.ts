import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_STATE_LABELS,
  CERTIFICATE_STATES,
  type CertificateRecord,
  certificateStanding,
  certificateState,
  isCertificateInForce,
  RE_EVALUATION_PHASE_LABELS,
  reEvaluationReminders,
  reEvaluationWindow,
  toCertificateStatus,
  verdictCertificateStatus,
} from './certificate-standing';
import { certificateExpiresAt, certificateStatus, isCertifiedNow } from './certificate-status';

// Issued under Decision 148 at 09:30 on 15/05/2024 in Hà Nội: expires 09:30 on 15/05/2027.
const issuedAt = new Date('2024-05-15T09:30:00+07:00');
const expiresAt = certificateExpiresAt(issuedAt);
const cert: CertificateRecord = { issuedAt, expiresAt };
/** An instant given as Hà Nội wall-clock time. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('reEvaluationWindow', () => {
  it('runs on Hà Nội calendar days: from day 180 before expiry to the end of day 120', () => {
    expect(expiresAt.toISOString()).toBe('2027-05-15T02:30:00.000Z');
    const w = reEvaluationWindow(expiresAt);
    expect(w.opensAt).toEqual(vn('2026-11-16T00:00:00'));
    expect(w.closesAt).toEqual(vn('2027-01-16T00:00:00'));
    expect(w.extensionEndsAt).toEqual(vn('2027-11-12T00:00:00'));
  });
});

describe('certificateStanding: the days around expiry (Decision 26, Art. 7.6 and 12.3)', () => {
  it.each([
    ['day 181 before expiry, last minute', '2026-11-15T23:59:59', 'active', 'not_open', false],
    ['day 180 before expiry, first minute', '2026-11-16T00:00:00', 'expiring', 'open', true],
    ['day 120 before expiry, last minute', '2027-01-15T23:59:59', 'expiring', 'open', true],
    ['day 119 before expiry', '2027-01-16T00:00:00', 'expiring', 'closed', true],
    ['expiry day, before the hour', '2027-05-15T09:29:59', 'expiring', 'closed', true],
    ['expiry day, at the hour', '2027-05-15T09:30:00', 'expired', 'closed', false],
  ] as const)('%s (%s in Hà Nội): %s, window %s', (_, local, state, phase, due) => {
    const s = certificateStanding(cert, vn(local));
    expect([s.state, s.phase, s.reEvaluationDue]).toEqual([state, phase, due]);
  });

  it('switches on the Hà Nội day although the UTC date is the same', () => {
    // 16:59 and 17:00 UTC on 15/11/2026 are 23:59 on the 15th and 00:00 on the 16th in Hà Nội.
    expect(certificateState(cert, new Date('2026-11-15T16:59:59Z'))).toBe('active');
    expect(certificateState(cert, new Date('2026-11-15T17:00:00Z'))).toBe('expiring');
  });

  describe('with a re-evaluation filed late (after the window, before expiry) and undecided', () => {
    const late: CertificateRecord = { ...cert, reEvaluationFiledAt: vn('2027-03-01T10:00:00') };

    it.each([
      ['expiry', '2027-05-15T09:30:00', 'extended'],
      ['expiry + 180 days, last minute', '2027-11-11T23:59:59', 'extended'],
      ['expiry + 181 days', '2027-11-12T00:00:00', 'expired'],
    ] as const)('at %s: %s', (_, local, state) => {
      expect(certificateState(late, vn(local))).toBe(state);
    });

    it('stays sellable while extended, says until when, and is no longer due', () => {
      const s = certificateStanding(late, vn('2027-06-01T12:00:00'));
      expect(s.reEvaluationPending).toBe(true);
      expect(s.reEvaluationDue).toBe(false);
      expect(s.validUntil).toEqual(vn('2027-11-12T00:00:00'));
      expect(isCertifiedNow(late, vn('2027-06-01T12:00:00'))).toBe(true);
    });

    it('ends the extension when the council decides', () => {
      const decided = { ...late, reEvaluationDecidedAt: vn('2027-06-10T08:00:00') };
      expect(certificateState(decided, vn('2027-06-09T08:00:00'))).toBe('extended');
      expect(certificateState(decided, vn('2027-06-10T08:00:00'))).toBe('expired');
    });
  });

  it('extends a dossier filed in the window and still undecided at expiry', () => {
    const inWindow = { ...cert, reEvaluationFiledAt: vn('2026-12-01T10:00:00') };
    expect(certificateStanding(inWindow, vn('2026-12-02T10:00:00'))).toMatchObject({
      state: 'expiring',
      phase: 'open',
      reEvaluationPending: true,
      reEvaluationDue: false,
    });
    expect(certificateState(inWindow, vn('2027-05-20T10:00:00'))).toBe('extended');
  });

  it('does not revive a certificate whose dossier was filed after it expired', () => {
    const afterExpiry = { ...cert, reEvaluationFiledAt: vn('2027-05-20T10:00:00') };
    expect(certificateState(afterExpiry, vn('2027-05-21T10:00:00'))).toBe('expired');
    expect(isCertifiedNow(afterExpiry, vn('2027-05-21T10:00:00'))).toBe(false);
  });

  it('puts revocation first, whatever is pending', () => {
    const revoked = {
      ...cert,
      reEvaluationFiledAt: vn('2027-03-01T10:00:00'),
      revokedAt: vn('2027-04-01T00:00:00'),
    };
    expect(certificateState(revoked, vn('2027-03-31T23:59:59'))).toBe('expiring');
    expect(certificateStanding(revoked, vn('2027-04-01T00:00:00'))).toMatchObject({
      state: 'revoked',
      validUntil: null,
    });
    expect(certificateState(revoked, vn('2027-06-01T00:00:00'))).toBe('revoked');
  });

  it('keeps a Decision 148 certificate valid past the day Decision 148 ceased (21/07/2026)', () => {
    expect(certificateStanding(cert, vn('2026-08-01T00:00:00'))).toMatchObject({
      state: 'active',
      validUntil: expiresAt,
    });
  });

  it('refuses invalid dates', () => {
    expect(() => certificateState(cert, new Date('nope'))).toThrow(RangeError);
    expect(() => certificateState({ ...cert, expiresAt: new Date('nope') }, new Date())).toThrow(RangeError);
  });
});

describe('reEvaluationReminders', () => {
  it('reminds when the window opens and a week before it closes', () => {
    expect(reEvaluationReminders(expiresAt)).toEqual([
      { kind: 're_evaluation_opens', at: vn('2026-11-16T00:00:00') },
      { kind: 're_evaluation_closes_soon', at: vn('2027-01-08T00:00:00') },
    ]);
  });
});

describe('toCertificateStatus and the Decision 148-era status', () => {
  it('reads extended as expiring for old clients, and keeps the other names', () => {
    expect(toCertificateStatus('extended')).toBe('expiring');
    for (const s of ['active', 'expiring', 'expired', 'revoked'] as const)
      expect(toCertificateStatus(s)).toBe(s);
  });

  it('keeps certificateStatus at 90 days of expiring, and an extended certificate reads expiring there', () => {
    const late = { ...cert, reEvaluationFiledAt: vn('2027-03-01T10:00:00') };
    expect(certificateStatus(late, vn('2026-12-01T00:00:00'))).toBe('active');
    expect(certificateStatus(late, vn('2027-03-01T00:00:00'))).toBe('expiring');
    // Past expiry, the dossier pending: still valid, so v1/v2 clients keep selling it.
    expect(certificateStatus(late, vn('2027-05-20T00:00:00'))).toBe('expiring');
    expect(certificateStatus(cert, vn('2027-05-20T00:00:00'))).toBe('expired');
    // Decided, or 180 days past expiry: expired after all.
    const decided = { ...late, reEvaluationDecidedAt: vn('2027-05-18T00:00:00') };
    expect(certificateStatus(decided, vn('2027-05-20T00:00:00'))).toBe('expired');
    expect(certificateStatus(late, vn('2027-11-12T00:00:00'))).toBe('expired');
  });

  it('gives verdict contract v3 `extended` where v1/v2 say expiring past expiry', () => {
    const late = { ...cert, reEvaluationFiledAt: vn('2027-03-01T10:00:00') };
    expect(verdictCertificateStatus(late, vn('2027-05-20T00:00:00'))).toBe('extended');
    expect(verdictCertificateStatus(late, vn('2027-03-01T00:00:00'))).toBe('expiring');
    expect(verdictCertificateStatus(cert, vn('2027-05-20T00:00:00'))).toBe('expired');
    expect(
      verdictCertificateStatus({ ...late, revokedAt: vn('2027-05-19T00:00:00') }, vn('2027-05-20T00:00:00')),
    ).toBe('revoked');
  });

  it('labels every state and phase in Vietnamese and English', () => {
    for (const s of CERTIFICATE_STATES) {
      expect(CERTIFICATE_STATE_LABELS[s].vi).not.toBe('');
      expect(CERTIFICATE_STATE_LABELS[s].en).not.toBe('');
    }
    expect(Object.keys(RE_EVALUATION_PHASE_LABELS)).toEqual(['not_open', 'open', 'closed']);
  });
});

describe('isCertificateInForce', () => {
  it.each(['active', 'expiring', 'extended'])('%s is in force', (s) => {
    expect(isCertificateInForce(s)).toBe(true);
  });
  it.each(['expired', 'revoked', 'pending', '', null, undefined])('%s is not', (s) => {
    expect(isCertificateInForce(s)).toBe(false);
  });
});
