import { describe, expect, it } from 'vitest';
import type { CouncilMemberScores } from './average-council-scores';
import type { CertifiedStars } from './certified-stars';
import { rateEvaluation } from './rate-evaluation';
import { criterionStarMinimum, type ScorecardSet, setCriteria } from './scorecard-set';
import { findScorecardSet, scorecardSets } from './scorecard-sets';

const FISH_SAUCE = findScorecardSet('food.condiments.sauces_fish_sauce_liquid') as ScorecardSet;

/**
 * A member sheet with exactly `total` points meeting every minimum up to `meets` (none when 0):
 * each criterion starts at its minimum answer, then answers are raised until the total is reached.
 */
function sheetWithTotal(set: ScorecardSet, total: number, meets: 0 | CertifiedStars, member = 'm1') {
  const criteria = setCriteria(set);
  const points: Record<string, number> = {};
  for (const c of criteria) {
    const lowest = Math.min(...c.options.map((o) => o.points));
    points[c.ref] = meets === 0 ? lowest : Math.max(lowest, criterionStarMinimum(c, meets) ?? lowest);
  }
  let left = total - Object.values(points).reduce((a, b) => a + b, 0);
  if (left < 0) throw new Error(`cannot reach ${total} while meeting ${meets}★ minimums`);
  for (const c of criteria) {
    const current = points[c.ref] ?? 0;
    const best = Math.max(
      ...c.options.map((o) => o.points).filter((p) => p >= current && p - current <= left),
    );
    left -= best - current;
    points[c.ref] = best;
  }
  if (left !== 0) throw new Error(`cannot reach ${total} exactly`);
  return { member, points };
}

/** `n` members whose totals sum to `sum`: the first ones one point above the rest. */
function council(
  set: ScorecardSet,
  n: number,
  sum: number,
  meets: 0 | CertifiedStars,
): CouncilMemberScores[] {
  const base = Math.floor(sum / n);
  const extra = sum - base * n;
  return Array.from({ length: n }, (_, i) =>
    sheetWithTotal(set, base + (i < extra ? 1 : 0), meets, `m${i + 1}`),
  );
}

/**
 * Sets one answer on a sheet and moves the difference to other criteria, keeping the total and,
 * on the others, every minimum up to `keep`.
 */
function withAnswer(
  m: CouncilMemberScores,
  set: ScorecardSet,
  ref: string,
  value: number,
  keep: CertifiedStars,
) {
  const points = { ...m.points, [ref]: value };
  let owed = (m.points[ref] ?? 0) - value;
  for (const other of setCriteria(set)) {
    if (owed === 0) break;
    if (other.ref === ref) continue;
    const now = points[other.ref] ?? 0;
    const floor = criterionStarMinimum(other, keep) ?? 0;
    const reachable = other.options
      .map((o) => o.points)
      .filter((p) => p >= floor && (owed > 0 ? p >= now && p - now <= owed : p <= now && p - now >= owed));
    const next = owed > 0 ? Math.max(...reachable) : Math.min(...reachable);
    owed -= next - now;
    points[other.ref] = next;
  }
  if (owed !== 0) throw new Error(`could not move ${owed} points`);
  return { ...m, points };
}

/** A criterion with its own `stars` minimum (and, above 3★, no 3★ one) that can be missed. */
function criterionWithMinimum(set: ScorecardSet, stars: CertifiedStars) {
  const c = setCriteria(set).find((x) => {
    const own = x.star_minimums?.[String(stars) as '3' | '4' | '5'];
    const lower = stars > 3 && x.star_minimums?.['3'] !== undefined;
    return own !== undefined && !lower && x.options.some((o) => o.points < own);
  });
  if (!c) throw new Error(`no criterion with a ${stars}★ minimum`);
  const minimum = criterionStarMinimum(c, stars) as number;
  const points = c.options.map((o) => o.points);
  return { ref: c.ref, minimum, below: Math.max(...points.filter((p) => p < minimum)), top: c.max };
}

/** Every sheet with one criterion just below its `stars` minimum, totals unchanged. */
function missMinimum(members: CouncilMemberScores[], set: ScorecardSet, stars: CertifiedStars) {
  const { ref, below } = criterionWithMinimum(set, stars);
  const keep = stars === 5 ? 4 : 3;
  return { ref, members: members.map((m) => withAnswer(m, set, ref, below, keep)) };
}

describe('rateEvaluation: bands on the council average (Decision 26, Art. 3.3)', () => {
  it.each([
    // [members, sum of their totals, average, band, proposed]
    [100, 4999, 49.99, 2, null],
    [1, 50, 50, 3, 3],
    [100, 6999, 69.99, 3, 3],
    [1, 70, 70, 4, 4],
    [100, 8999, 89.99, 4, 4],
    [1, 90, 90, 5, 5],
  ] as const)('%i members, %i points → %d: band %i★, proposed %s', (n, sum, average, band, proposed) => {
    const r = rateEvaluation(FISH_SAUCE, {
      members: council(FISH_SAUCE, n, sum, Math.max(3, band) as CertifiedStars),
    });
    expect(r.average.total).toBe(average);
    expect(r.bandStars).toBe(band);
    expect(r.proposedStars).toBe(proposed);
    expect(r.certifiable).toBe(proposed !== null);
    expect(r.level).toBe(proposed === null ? null : proposed === 5 ? 'central' : 'province');
    expect(r.missedMinimums).toEqual([]);
    expect(r.scorecardVersion).toBe('qd26-2026');
  });

  it('averages members to two decimals, as 92.33, and cuts instead of rounding up into a band', () => {
    expect(rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 3, 277, 5) }).average.total).toBe(92.33);
    // 17,999 / 200 = 89.995: rounding half up would show 90.00 and give 5★.
    const r = rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 200, 17999, 5) });
    expect(r.average.total).toBe(89.99);
    expect(r.bandStars).toBe(4);
    // 90 + 90 + 89 = 269 → 89.66, not 5★ although two members gave 90.
    expect(rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 3, 269, 5) }).bandStars).toBe(4);
  });
});

describe('rateEvaluation: star minimums', () => {
  it('gives no certificate to 72 points that miss a 3★ minimum', () => {
    const { ref, members } = missMinimum(council(FISH_SAUCE, 1, 72, 4), FISH_SAUCE, 3);
    const r = rateEvaluation(FISH_SAUCE, { members });
    expect(r.average.total).toBe(72);
    expect(r.bandStars).toBe(4);
    expect(r.proposedStars).toBeNull();
    expect(r.certifiable).toBe(false);
    expect(r.level).toBeNull();
    expect(r.missedMinimums.map((m) => [m.ref, m.stars])).toContainEqual([ref, 3]);
  });

  it('proposes 3★ for 72 points that miss only a 4★ minimum, for the council to confirm', () => {
    const { ref, members } = missMinimum(council(FISH_SAUCE, 1, 72, 4), FISH_SAUCE, 4);
    const r = rateEvaluation(FISH_SAUCE, { members });
    expect(r.bandStars).toBe(4);
    expect(r.proposedStars).toBe(3);
    expect(r.level).toBe('province');
    expect(r.needsCouncilConfirmation).toBe(true);
    expect(r.missedMinimums).toEqual([expect.objectContaining({ ref, stars: 4 })]);
  });

  it('sends 90+ that misses a 5★ minimum back to the province as 4★', () => {
    const { members } = missMinimum(council(FISH_SAUCE, 1, 93, 5), FISH_SAUCE, 5);
    const r = rateEvaluation(FISH_SAUCE, { members });
    expect(r.bandStars).toBe(5);
    expect(r.proposedStars).toBe(4);
    expect(r.level).toBe('province');
  });

  it('judges a minimum on the council average, not on each sheet', () => {
    const { ref, minimum, below, top } = criterionWithMinimum(FISH_SAUCE, 4);
    const [a, b] = council(FISH_SAUCE, 2, 150, 4) as [CouncilMemberScores, CouncilMemberScores];
    const under = withAnswer(b, FISH_SAUCE, ref, below, 4);
    const missed = rateEvaluation(FISH_SAUCE, {
      members: [withAnswer(a, FISH_SAUCE, ref, minimum, 4), under],
    });
    expect(missed.missedMinimums).toEqual([{ ref, stars: 4, minimum, average: (minimum + below) / 2 }]);
    expect(missed.proposedStars).toBe(3);
    // One sheet under the minimum, the other far enough above it: the average reaches it.
    expect(top + below).toBeGreaterThanOrEqual(2 * minimum);
    const met = rateEvaluation(FISH_SAUCE, { members: [withAnswer(a, FISH_SAUCE, ref, top, 4), under] });
    expect(met.missedMinimums).toEqual([]);
    expect(met.proposedStars).toBe(4);
  });

  it('does not look at minimums of levels above the band', () => {
    const r = rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 1, 55, 3) });
    expect(r.bandStars).toBe(3);
    expect(r.missedMinimums).toEqual([]);
    expect(r.needsCouncilConfirmation).toBe(false);
  });
});

describe('rateEvaluation: disqualifiers and knock-outs', () => {
  it('rules out a 95-point dossier that a disqualifier applies to, and names it', () => {
    const r = rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 1, 95, 5), disqualifiers: [0] });
    expect(r.bandStars).toBe(5);
    expect(r.proposedStars).toBeNull();
    expect(r.disqualifiedBy).toEqual([FISH_SAUCE.disqualifiers_vi[0]]);
    expect(r.disqualifiedBy[0]).toMatch(/^Giả mạo hồ sơ/);
  });

  it('rules out a product whose knock-out note applied (impurities in fish sauce)', () => {
    const r = rateEvaluation(FISH_SAUCE, { members: council(FISH_SAUCE, 1, 80, 4), knockouts: ['C.6.1'] });
    expect(r.proposedStars).toBeNull();
    expect(r.knockedOutBy).toEqual(['C.6.1']);
  });

  it('refuses a disqualifier or knock-out the sheet does not have', () => {
    const members = council(FISH_SAUCE, 1, 80, 4);
    expect(() => rateEvaluation(FISH_SAUCE, { members, disqualifiers: [1] })).toThrow(/no disqualifier #1/);
    expect(() => rateEvaluation(FISH_SAUCE, { members, knockouts: ['A.1.1'] })).toThrow(/no knock-out note/);
    const tourism = findScorecardSet('tourism.community_eco_tourism_sites') as ScorecardSet;
    expect(tourism.disqualifiers_vi).toEqual([]);
  });
});

describe('rateEvaluation on every sheet', () => {
  it.each(scorecardSets().map((s) => [s.group, s] as const))(
    '%s: 60 meeting every 5★ minimum gives 3★',
    (_, set) => {
      const r = rateEvaluation(set, { members: [sheetWithTotal(set, 60, 5)] });
      expect([r.bandStars, r.proposedStars, r.missedMinimums]).toEqual([3, 3, []]);
      expect(rateEvaluation(set, { members: [sheetWithTotal(set, 100, 5)] }).proposedStars).toBe(5);
    },
  );
});
