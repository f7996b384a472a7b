import { describe, expect, it } from 'vitest';
import {
  formatVnDate,
  formatVnDateTime,
  startOfVnDay,
  toVnIsoString,
  VN_TIME_ZONE,
  VN_UTC_OFFSET,
  vnDate,
} from './vn-date';

const at = (iso: string) => new Date(iso);

describe('vnDate', () => {
  it('switches to the next day at 17:00 UTC (midnight in Vietnam)', () => {
    expect(vnDate(at('2024-02-28T16:59:59.999Z'))).toBe('2024-02-28');
    expect(vnDate(at('2024-02-28T17:00:00.000Z'))).toBe('2024-02-29');
    expect(vnDate(at('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });

  it('agrees with the runtime time-zone database', () => {
    const formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: VN_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 7_777_777_777) {
      expect(vnDate(new Date(t))).toBe(formatter.format(new Date(t)));
    }
  });

  it('rejects an invalid date', () => {
    expect(() => vnDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatVnDate', () => {
  it('writes Vietnamese dates as DD/MM/YYYY', () => {
    expect(formatVnDate(at('2024-02-28T20:00:00Z'))).toBe('29/02/2024');
    expect(formatVnDate(at('2024-03-05T01:00:00Z'), 'vi')).toBe('05/03/2024');
  });

  it('writes English dates as D Mon YYYY', () => {
    expect(formatVnDate(at('2024-02-28T20:00:00Z'), 'en')).toBe('29 Feb 2024');
    expect(formatVnDate(at('2024-09-01T00:00:00+07:00'), 'en')).toBe('1 Sep 2024');
    expect(formatVnDate(at('2024-12-31T16:59:59Z'), 'en')).toBe('31 Dec 2024');
  });
});

describe('startOfVnDay', () => {
  it('is 17:00 UTC of the day before, for any instant of the Vietnamese day', () => {
    expect(startOfVnDay(at('2027-05-15T02:30:00Z')).toISOString()).toBe('2027-05-14T17:00:00.000Z');
    // 23:30 on 14/05 in Hà Nội is still 14/05 there, although UTC already reads 16:30.
    expect(startOfVnDay(at('2027-05-14T16:30:00Z')).toISOString()).toBe('2027-05-13T17:00:00.000Z');
    expect(startOfVnDay(at('2027-05-14T17:00:00Z')).toISOString()).toBe('2027-05-14T17:00:00.000Z');
  });

  it('counts calendar days across months, years and leap days', () => {
    expect(startOfVnDay(at('2027-05-15T02:30:00Z'), -180).toISOString()).toBe('2026-11-15T17:00:00.000Z');
    expect(vnDate(startOfVnDay(at('2028-03-01T05:00:00Z'), -1))).toBe('2028-02-29');
    expect(vnDate(startOfVnDay(at('2027-12-31T05:00:00Z'), 1))).toBe('2028-01-01');
    expect(() => startOfVnDay(at('2027-12-31T05:00:00Z'), 0.5)).toThrow(RangeError);
  });
});

describe('formatVnDateTime and toVnIsoString', () => {
  // 01:05 UTC on 23/11 is 08:05 in Hà Nội; 20:30 UTC on 30/11 is already 1 December there.
  it('show the time and day in Vietnam, whatever the runtime time zone', () => {
    expect(formatVnDateTime(new Date('2026-11-23T01:05:00Z'))).toBe('08:05, 23/11/2026');
    expect(formatVnDateTime(new Date('2026-11-30T20:30:00Z'), 'en')).toBe('03:30, 1 Dec 2026');
    expect(toVnIsoString(new Date('2026-11-30T20:30:00.123Z'))).toBe('2026-12-01T03:30:00+07:00');
    expect(VN_UTC_OFFSET).toBe('+07:00');
  });
});
