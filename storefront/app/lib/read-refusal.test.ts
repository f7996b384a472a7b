import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { formatVnd } from './format';
import { UpstreamError } from './http-error';
import { minutesToWait, readRefusal } from './read-refusal';

describe('readRefusal', () => {
  it('reads a rate limit as whole minutes to wait, in both languages', () => {
    const refusal = readRefusal(new UpstreamError(429, 'too_many_attempts', 'Too many', 301));
    expect(refusal).toEqual({ kind: 'too_many_attempts', minutes: 6 });
    const minutes = refusal?.kind === 'too_many_attempts' ? refusal.minutes : 0;
    expect(translator('vi')('auth.tooManyAttempts', { minutes })).toBe(
      'Bạn đã thử quá nhiều lần, vui lòng thử lại sau 6 phút.',
    );
    expect(translator('en')('auth.tooManyAttempts', { minutes })).toBe(
      'Too many attempts. Please try again in 6 min.',
    );
    expect(translator('vi')('verify.report.limited', { minutes: 2 })).toBe(
      'Bạn đã gửi quá nhiều báo cáo, vui lòng thử lại sau 2 phút.',
    );
  });

  it('never says "0 minutes", and waits a minute when Retry-After is missing', () => {
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait(undefined)).toBe(1);
    expect(minutesToWait(59)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
  });

  it('reads the changed prices of a checkout', () => {
    const changes = [
      { variant_id: 'v1', title: 'Nước mắm 500ml', old_unit_price: 85000, new_unit_price: 92000 },
    ];
    const refusal = readRefusal(
      new UpstreamError(409, 'price_changed', 'Prices changed', undefined, {
        type: 'price_changed',
        changes,
      }),
    );
    expect(refusal).toEqual({ kind: 'price_changed', changes });
    const line = translator('vi')('checkout.errors.priceChange', {
      title: changes[0]?.title,
      old: formatVnd(85000),
      new: formatVnd(92000),
    });
    expect(line).toBe(`Nước mắm 500ml: ${formatVnd(85000)} → ${formatVnd(92000)}`);
  });

  it('leaves other answers to the caller', () => {
    expect(readRefusal(new UpstreamError(409, 'price_changed', 'no list', undefined, {}))).toBeNull();
    expect(readRefusal(new UpstreamError(401, 'unauthorized', 'no'))).toBeNull();
    expect(readRefusal(new Error('boom'))).toBeNull();
  });
});
