import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PART_MAX, rateScores, roundToHundredths, starsFromTotal } from './scoring';

describe('starsFromTotal', () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [92.33, 5],
    [100, 5],
  ] as const)('%d points is %d stars', (total, stars) => {
    expect(starsFromTotal(total)).toBe(stars);
  });

  it.each([-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects %d',
    (total) => {
      expect(() => starsFromTotal(total)).toThrow(RangeError);
    },
  );

  it('never decreases as the total grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(starsFromTotal(lo)).toBeLessThanOrEqual(starsFromTotal(hi));
        },
      ),
    );
  });
});

describe('rateScores', () => {
  it('uses the Decision 148 weights 40/25/35, not the 2019 ones', () => {
    expect(PART_MAX).toEqual({ A: 40, B: 25, C: 35 });
  });

  it('accepts every part at its maximum', () => {
    expect(rateScores({ A: 40, B: 25, C: 35 })).toEqual({
      total: 100,
      stars: 5,
      certifiable: true,
      blockedBy: [],
    });
  });

  it.each([
    ['A', { A: 40.01, B: 0, C: 0 }, /Part A .* 0 and 40/],
    ['B', { A: 0, B: 25.01, C: 0 }, /Part B .* 0 and 25/],
    ['C', { A: 0, B: 0, C: 35.01 }, /Part C .* 0 and 35/],
    ['A', { A: -1, B: 0, C: 0 }, /Part A/],
    ['B', { A: 0, B: Number.NaN, C: 0 }, /Part B/],
    ['C', { A: 0, B: 0, C: Number.POSITIVE_INFINITY }, /Part C/],
  ])('rejects an out-of-range part %s', (_part, input, message) => {
    expect(() => rateScores(input)).toThrow(RangeError);
    expect(() => rateScores(input)).toThrow(message);
  });

  it('does not let the old 2019 maxima through (C up to 40)', () => {
    expect(() => rateScores({ A: 35, B: 25, C: 40 })).toThrow(RangeError);
  });

  it.each([
    [{ A: 30.11, B: 25, C: 34.89 }, 90, 5],
    [{ A: 39.26, B: 25, C: 25.74 }, 90, 5],
    [{ A: 32.16, B: 24.99, C: 12.85 }, 70, 4],
  ])('adds %o to exactly %d without float drift', (input, total, stars) => {
    const rating = rateScores(input);
    expect(rating.total).toBe(total);
    expect(rating.stars).toBe(stars);
  });

  it('has drift-prone examples above (plain addition falls short)', () => {
    expect(39.26 + 25 + 25.74).toBeLessThan(90);
    expect(32.16 + 24.99 + 12.85).toBeLessThan(70);
  });

  it('rounds the total to two decimals', () => {
    expect(rateScores({ A: 33.333, B: 20, C: 30 }).total).toBe(83.33);
    expect(rateScores({ A: 30.005, B: 0, C: 0 }).total).toBe(30.01);
  });

  it.each([
    [{ A: 20, B: 10, C: 19.99 }, 49.99, 2, false],
    [{ A: 20, B: 10, C: 20 }, 50, 3, true],
    [{ A: 30, B: 10, C: 29.99 }, 69.99, 3, true],
    [{ A: 30, B: 10, C: 30 }, 70, 4, true],
    [{ A: 40, B: 20, C: 29.99 }, 89.99, 4, true],
    [{ A: 40, B: 20, C: 30 }, 90, 5, true],
  ])('%o totals %d: %d stars, certifiable %s', (input, total, stars, certifiable) => {
    expect(rateScores(input)).toEqual({ total, stars, certifiable, blockedBy: [] });
  });

  it('blocks certification on a failed mandatory criterion even at 95 points', () => {
    const rating = rateScores({ A: 38, B: 24, C: 33, failedMandatory: ['C1'] });
    expect(rating).toEqual({ total: 95, stars: 5, certifiable: false, blockedBy: ['C1'] });
  });

  it('does not share the caller array', () => {
    const failed = ['A1'];
    const rating = rateScores({ A: 38, B: 24, C: 33, failedMandatory: failed });
    failed.push('B1');
    expect(rating.blockedBy).toEqual(['A1']);
  });

  it('certifies exactly when 3★ or more and nothing mandatory failed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 2500 }),
        fc.integer({ min: 0, max: 3500 }),
        fc.array(fc.constantFrom('A1', 'B1', 'C1'), { maxLength: 2 }),
        (a, b, c, failedMandatory) => {
          const rating = rateScores({ A: a / 100, B: b / 100, C: c / 100, failedMandatory });
          expect(rating.total).toBe((a + b + c) / 100);
          expect(rating.certifiable).toBe(rating.total >= 50 && failedMandatory.length === 0);
        },
      ),
    );
  });
});

describe('roundToHundredths', () => {
  it.each([
    [1.005, 1.01],
    [89.99999999999999, 90],
    [0.1 + 0.2, 0.3],
    [92.333333, 92.33],
    [0, 0],
  ])('%d → %d', (value, rounded) => {
    expect(roundToHundredths(value)).toBe(rounded);
  });
});
