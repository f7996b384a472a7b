import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_VALIDITY_MONTHS,
  certificateExpiresAt,
  certificateStatus,
  daysUntilExpiry,
  EXPIRING_WINDOW_DAYS,
  EXPIRY_NOTICE_DAYS,
  isCertifiedNow,
} from './certificate-status';

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

describe('constants', () => {
  it('match the primer', () => {
    expect(CERTIFICATE_VALIDITY_MONTHS).toBe(36);
    expect(EXPIRING_WINDOW_DAYS).toBe(90);
    expect(EXPIRY_NOTICE_DAYS).toBe(30);
    expect(EXPIRY_NOTICE_DAYS).toBeLessThan(EXPIRING_WINDOW_DAYS);
  });
});

describe('certificateExpiresAt', () => {
  it('adds 36 months keeping the Vietnamese wall-clock time', () => {
    expect(certificateExpiresAt(at('2024-05-15T09:30:00+07:00')).toISOString()).toBe(
      '2027-05-15T02:30:00.000Z',
    );
  });

  it('clamps a leap day to 28 February', () => {
    expect(certificateExpiresAt(at('2024-02-29T10:00:00+07:00')).toISOString()).toBe(
      '2027-02-28T03:00:00.000Z',
    );
  });

  it('uses the Vietnamese date when it differs from the UTC date', () => {
    // 20:00 UTC on 28/02 is 03:00 on 29/02 in Vietnam: expiry is 03:00 on 28/02/2027 in Vietnam.
    expect(certificateExpiresAt(at('2024-02-28T20:00:00Z')).toISOString()).toBe('2027-02-27T20:00:00.000Z');
    // 23:00 on 31/01 in Vietnam is still 31/01 everywhere east of UTC-7; one month later clamps to 29/02.
    expect(certificateExpiresAt(at('2024-01-31T16:30:00Z'), 1).toISOString()).toBe(
      '2024-02-29T16:30:00.000Z',
    );
  });

  it('clamps 31st to the last day of shorter months', () => {
    expect(certificateExpiresAt(at('2024-08-31T00:00:00+07:00'), 1).toISOString()).toBe(
      '2024-09-29T17:00:00.000Z',
    );
    expect(certificateExpiresAt(at('2023-03-31T12:00:00+07:00'), 11).toISOString()).toBe(
      '2024-02-29T05:00:00.000Z',
    );
  });

  it('crosses year boundaries and accepts other month counts', () => {
    expect(certificateExpiresAt(at('2023-11-10T08:00:00+07:00'), 3).toISOString()).toBe(
      '2024-02-10T01:00:00.000Z',
    );
    expect(certificateExpiresAt(at('2023-11-10T08:00:00+07:00'), 0).toISOString()).toBe(
      '2023-11-10T01:00:00.000Z',
    );
    expect(certificateExpiresAt(at('2024-03-10T08:00:00+07:00'), -3).toISOString()).toBe(
      '2023-12-10T01:00:00.000Z',
    );
  });

  it('rejects invalid input', () => {
    expect(() => certificateExpiresAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => certificateExpiresAt(at('2024-01-01T00:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('certificateStatus', () => {
  const issuedAt = at('2024-01-10T09:00:00+07:00');
  const expiresAt = certificateExpiresAt(issuedAt);
  const cert = { issuedAt, expiresAt };
  const before = (ms: number) => new Date(expiresAt.getTime() - ms);

  it('is active well before expiry', () => {
    expect(certificateStatus(cert, issuedAt)).toBe('active');
    expect(certificateStatus(cert, before(EXPIRING_WINDOW_DAYS * DAY + 1))).toBe('active');
  });

  it('is expiring from exactly 90 days before expiry', () => {
    expect(certificateStatus(cert, before(EXPIRING_WINDOW_DAYS * DAY))).toBe('expiring');
    expect(certificateStatus(cert, before(EXPIRY_NOTICE_DAYS * DAY))).toBe('expiring');
    expect(certificateStatus(cert, before(1))).toBe('expiring');
  });

  it('is expired at exactly expiresAt and after', () => {
    expect(certificateStatus(cert, expiresAt)).toBe('expired');
    expect(certificateStatus(cert, before(-DAY))).toBe('expired');
  });

  it('is revoked once revokedAt has passed, and not before', () => {
    const revokedAt = at('2025-06-01T00:00:00Z');
    expect(certificateStatus({ ...cert, revokedAt }, at('2025-05-31T23:59:59.999Z'))).toBe('active');
    expect(certificateStatus({ ...cert, revokedAt }, revokedAt)).toBe('revoked');
    expect(certificateStatus({ ...cert, revokedAt }, at('2026-01-01T00:00:00Z'))).toBe('revoked');
    expect(certificateStatus({ ...cert, revokedAt }, before(-DAY))).toBe('revoked');
  });

  it('treats a null revokedAt as not revoked', () => {
    expect(certificateStatus({ ...cert, revokedAt: null }, issuedAt)).toBe('active');
  });

  it('rejects an invalid now', () => {
    expect(() => certificateStatus(cert, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('daysUntilExpiry', () => {
  const expiresAt = at('2027-01-10T02:00:00Z');

  it('counts whole days, rounding down', () => {
    expect(daysUntilExpiry(expiresAt, at('2026-12-31T02:00:00Z'))).toBe(10);
    expect(daysUntilExpiry(expiresAt, at('2026-12-31T02:00:00.001Z'))).toBe(9);
    expect(daysUntilExpiry(expiresAt, at('2027-01-10T01:59:59.999Z'))).toBe(0);
  });

  it('goes negative after expiry', () => {
    expect(daysUntilExpiry(expiresAt, expiresAt)).toBe(0);
    expect(daysUntilExpiry(expiresAt, at('2027-01-10T02:00:00.001Z'))).toBe(-1);
    expect(daysUntilExpiry(expiresAt, at('2027-01-12T02:00:00Z'))).toBe(-2);
  });
});

describe('isCertifiedNow', () => {
  const issuedAt = at('2024-01-10T09:00:00+07:00');
  const expiresAt = certificateExpiresAt(issuedAt);

  it('is true while active or expiring', () => {
    expect(isCertifiedNow({ issuedAt, expiresAt }, issuedAt)).toBe(true);
    expect(isCertifiedNow({ issuedAt, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(true);
  });

  it('is false once expired or revoked', () => {
    expect(isCertifiedNow({ issuedAt, expiresAt }, expiresAt)).toBe(false);
    expect(isCertifiedNow({ issuedAt, expiresAt, revokedAt: issuedAt }, issuedAt)).toBe(false);
  });
});
