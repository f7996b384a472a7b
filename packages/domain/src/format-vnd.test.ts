import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnd, parseVnd } from './format-vnd';

describe('formatVnd', () => {
  it.each([
    [0, '0\u00a0₫'],
    [999, '999\u00a0₫'],
    [1000, '1.000\u00a0₫'],
    [125_000, '125.000\u00a0₫'],
    [1_000_000_000, '1.000.000.000\u00a0₫'],
    [-125_000, '-125.000\u00a0₫'],
    [-999, '-999\u00a0₫'],
    [-0, '0\u00a0₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991\u00a0₫'],
  ])('%d → %s', (dong, text) => {
    expect(formatVnd(dong)).toBe(text);
  });

  it('accepts bigint amounts beyond the safe range', () => {
    expect(formatVnd(12_345_678_901_234_567_890n)).toBe('12.345.678.901.234.567.890\u00a0₫');
    expect(formatVnd(-1000n)).toBe('-1.000\u00a0₫');
    expect(formatVnd(0n)).toBe('0\u00a0₫');
  });

  it.each([0.5, 125_000.01, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, 1e21])(
    'rejects %d',
    (dong) => {
      expect(() => formatVnd(dong)).toThrow(RangeError);
    },
  );
});

describe('parseVnd', () => {
  it.each([
    ['125.000 ₫', 125_000],
    ['125.000\u00a0₫', 125_000],
    ['125000', 125_000],
    ['125.000đ', 125_000],
    ['125,000 VND', 125_000],
    ['125.000 VNĐ', 125_000],
    ['125.000 vnđ', 125_000],
    ['125.000 đồng', 125_000],
    ['  1.000.000 ₫ ', 1_000_000],
    ['-125.000 ₫', -125_000],
    ['0 ₫', 0],
    ['-0', 0],
    ['999', 999],
  ])('%j → %d', (text, dong) => {
    expect(parseVnd(text)).toBe(dong);
  });

  it.each([
    '',
    '₫',
    'abc',
    '12,50',
    '125.5',
    '1.000,00',
    '1,000.000',
    '1.0000',
    '.125',
    '125.000 USD',
    '125.000 ₫ ₫',
    '1e5',
    '99.999.999.999.999.999',
  ])('rejects %j', (text) => {
    expect(() => parseVnd(text)).toThrow(RangeError);
  });

  it('reads back whatever formatVnd writes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (dong) => {
        expect(parseVnd(formatVnd(dong))).toBe(dong === 0 ? 0 : dong);
      }),
    );
  });
});
