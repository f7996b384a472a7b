import { describe, expect, it } from 'vitest';
import { CERTIFICATE_VALIDITY_MONTHS } from './certificate-status';
import { CERTIFIED_STARS } from './certified-stars';
import {
  criterionStarMinimum,
  type ScorecardSheetCriterion,
  ScorecardsFileSchema,
  setCriteria,
} from './scorecard-set';
import { findScorecardSet, scorecardSets, scorecardsQd26 } from './scorecard-sets';
import { PART_MAX, SCORE_PARTS, starsFromTotal } from './scoring';

const file = scorecardsQd26();
const sets = scorecardSets('qd26-2026');

describe('the Decision 26 criteria file', () => {
  it('parses with the model and holds the 26 sets, 787 criteria and 2,579 options it announces', () => {
    expect(sets).toHaveLength(26);
    expect(sets.map((s) => s.set_no)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(sets.flatMap(setCriteria)).toHaveLength(787);
    expect(sets.flatMap(setCriteria).flatMap((c) => c.options)).toHaveLength(2579);
  });

  it('is frozen, so no caller can edit a sheet in place', () => {
    const set = sets[0];
    expect(Object.isFrozen(set)).toBe(true);
    expect(() => {
      (set as { name_vi: string }).name_vi = 'x';
    }).toThrow(TypeError);
  });

  it('rejects a field the model does not know instead of dropping it', () => {
    const copy = structuredClone(file) as unknown as {
      groups: Array<{ parts: Array<{ criteria: object[] }> }>;
    };
    Object.assign(copy.groups[0]?.parts[0]?.criteria[0] ?? {}, { weight: 2 });
    expect(() => ScorecardsFileSchema.parse(copy)).toThrow(/weight/);
  });

  it('agrees with the code on part maxima, star bands and validity', () => {
    expect(Object.fromEntries(file.framework.parts.map((p) => [p.part, p.max]))).toEqual(PART_MAX);
    for (const band of file.framework.star_bands) {
      expect(starsFromTotal(band.min)).toBe(band.stars);
      if (band.min > 0) expect(starsFromTotal(band.min - 0.01)).toBe(band.stars - 1);
      expect(band.certifiable).toBe(band.stars >= 3);
    }
    expect(file.validity.months).toBe(CERTIFICATE_VALIDITY_MONTHS);
  });

  it.each(sets.map((s) => [s.group, s] as const))('%s adds up part by part, group by group', (_, set) => {
    expect(set.parts.map((p) => p.part)).toEqual(SCORE_PARTS);
    for (const part of set.parts) {
      expect(part.max).toBe(PART_MAX[part.part]);
      expect(sum(part.criteria.map((c) => c.max))).toBe(part.max);
      for (const g of part.groups) {
        const own = part.criteria.filter((c) => g.criteria_codes.includes(c.code));
        expect(own).toHaveLength(g.criteria_codes.length);
        expect(sum(own.map((c) => c.max))).toBe(g.max);
      }
    }
    for (const c of setCriteria(set)) {
      expect(c.ref).toBe(`${c.ref[0]}.${c.code}`);
      expect(Math.max(...c.options.map((o) => o.points))).toBe(c.max);
    }
  });
});

describe('criterionStarMinimum', () => {
  const all = sets.flatMap(setCriteria);

  it('carries a lower level up, as the file reads it (fails_if), for every marked criterion', () => {
    const marked = all.filter((c) => c.star_minimums);
    expect(marked).toHaveLength(387);
    for (const c of marked) {
      const fromFile = Object.fromEntries(
        Object.entries(c.fails_if ?? {}).map(([stars, rule]) => [
          stars,
          Number(/^points < (\d+)$/.exec(rule)?.[1]),
        ]),
      );
      const ours = Object.fromEntries(
        CERTIFIED_STARS.flatMap((s) => {
          const m = criterionStarMinimum(c, s);
          return m === undefined ? [] : [[String(s), m]];
        }),
      );
      expect(ours, `${c.ref}`).toEqual(fromFile);
    }
  });

  it('is always the points of an option, so the minimum can be reached', () => {
    for (const c of all) {
      for (const s of CERTIFIED_STARS) {
        const m = criterionStarMinimum(c, s);
        if (m !== undefined) expect(c.options.map((o) => o.points)).toContain(m);
      }
    }
  });

  it('follows the marks of a fish-sauce criterion with 3★, 4★ and 5★ minimums', () => {
    const c: ScorecardSheetCriterion = {
      ...(all[0] as ScorecardSheetCriterion),
      star_minimums: { '3': 1, '5': 4 },
    };
    expect(criterionStarMinimum(c, 3)).toBe(1);
    expect(criterionStarMinimum(c, 4)).toBe(1);
    expect(criterionStarMinimum(c, 5)).toBe(4);
    expect(criterionStarMinimum({ ...c, star_minimums: undefined }, 5)).toBeUndefined();
  });
});

describe('findScorecardSet', () => {
  it('finds a set by id in the current version, and none in Decision 148 (never transcribed)', () => {
    expect(findScorecardSet('food.condiments.sauces_fish_sauce_liquid')?.name_vi).toBe(
      'Bộ sản phẩm: Tương, nước mắm, gia vị dạng lỏng khác',
    );
    expect(findScorecardSet('nope')).toBeUndefined();
    expect(scorecardSets('qd148-2023')).toEqual([]);
    expect(findScorecardSet('food.condiments.sauces_fish_sauce_liquid', 'qd148-2023')).toBeUndefined();
  });
});

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
