import { describe, expect, it } from 'vitest';
import { scoreScorecard } from './score-scorecard';
import { DEFAULT_SCORECARD_TEMPLATE, type ScorecardTemplate } from './scorecard-template';

const criteria = DEFAULT_SCORECARD_TEMPLATE.parts.flatMap((p) => p.criteria);
const fullMarks = (): Record<string, number> =>
  Object.fromEntries(criteria.map((c) => [c.code, c.maxPoints]));

const tiny: ScorecardTemplate = {
  id: 'tiny',
  name: 'Tiny',
  parts: [
    {
      part: 'A',
      criteria: [
        { code: 'A1', text: 'legal', maxPoints: 10, mandatory: true },
        { code: 'A2', text: 'rest', maxPoints: 30, mandatory: false },
      ],
    },
    { part: 'B', criteria: [{ code: 'B1', text: 'market', maxPoints: 25, mandatory: false }] },
    {
      part: 'C',
      criteria: [
        { code: 'C1', text: 'safety', maxPoints: 10, mandatory: true, minPoints: 5 },
        { code: 'C2', text: 'rest', maxPoints: 25, mandatory: false },
      ],
    },
  ],
};

describe('scoreScorecard', () => {
  it('gives 100 points and 5 stars for full marks', () => {
    expect(scoreScorecard(DEFAULT_SCORECARD_TEMPLATE, fullMarks())).toEqual({
      parts: { A: 40, B: 25, C: 35 },
      total: 100,
      stars: 5,
      certifiable: true,
      blockedBy: [],
    });
  });

  it('sums each part and rates the total', () => {
    const result = scoreScorecard(tiny, { A1: 8.5, A2: 20, B1: 12.25, C1: 6, C2: 20.58 });
    expect(result).toEqual({
      parts: { A: 28.5, B: 12.25, C: 26.58 },
      total: 67.33,
      stars: 3,
      certifiable: true,
      blockedBy: [],
    });
  });

  it('fails a mandatory criterion that is missing or zero, even at 95+ points', () => {
    const points = fullMarks();
    delete points.A1;
    points.C1 = 0;
    const result = scoreScorecard(DEFAULT_SCORECARD_TEMPLATE, points);
    expect(result.total).toBe(90);
    expect(result.stars).toBe(5);
    expect(result.certifiable).toBe(false);
    expect(result.blockedBy).toEqual(['A1', 'C1']);
  });

  it('passes a mandatory criterion at exactly 1 point by default', () => {
    const points = fullMarks();
    points.A1 = 1;
    points.A2 = 0.99;
    expect(scoreScorecard(DEFAULT_SCORECARD_TEMPLATE, points).blockedBy).toEqual([]);
    points.A1 = 0.99;
    expect(scoreScorecard(DEFAULT_SCORECARD_TEMPLATE, points).blockedBy).toEqual(['A1']);
  });

  it('uses minPoints when set', () => {
    const base = { A1: 10, A2: 30, B1: 25, C2: 25 };
    expect(scoreScorecard(tiny, { ...base, C1: 4.99 }).blockedBy).toEqual(['C1']);
    expect(scoreScorecard(tiny, { ...base, C1: 5 }).blockedBy).toEqual([]);
  });

  it('rejects points above a criterion maximum or below zero', () => {
    expect(() => scoreScorecard(tiny, { A1: 10.01 })).toThrow(RangeError);
    expect(() => scoreScorecard(tiny, { A1: 10.01 })).toThrow(/A1 points must be between 0 and 10/);
    expect(() => scoreScorecard(tiny, { B1: -1 })).toThrow(RangeError);
    expect(() => scoreScorecard(tiny, { B1: Number.NaN })).toThrow(RangeError);
  });

  it('rejects points for codes the template does not have', () => {
    expect(() => scoreScorecard(tiny, { A1: 10, X9: 3 })).toThrow(/unknown criteria: X9/);
    expect(() => scoreScorecard(tiny, { constructor: 1 } as Record<string, number>)).toThrow(RangeError);
  });

  it('refuses an invalid template', () => {
    const broken = structuredClone(tiny);
    const c = broken.parts[0]?.criteria[0];
    if (c) c.maxPoints = 11;
    expect(() => scoreScorecard(broken, {})).toThrow(/tiny is invalid: Part A criteria add up to 41/);
  });

  it('scores an empty scorecard as 0 points, 1 star, blocked by every mandatory criterion', () => {
    const result = scoreScorecard(DEFAULT_SCORECARD_TEMPLATE, {});
    const mandatory = criteria.filter((c) => c.mandatory).map((c) => c.code);
    expect(result).toEqual({
      parts: { A: 0, B: 0, C: 0 },
      total: 0,
      stars: 1,
      certifiable: false,
      blockedBy: mandatory,
    });
    expect(mandatory.length).toBeGreaterThanOrEqual(2);
  });
});
