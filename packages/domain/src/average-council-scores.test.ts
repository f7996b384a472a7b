import { describe, expect, it } from 'vitest';
import { averageCouncilScores } from './average-council-scores';
import { type ScorecardSet, setCriteria } from './scorecard-set';
import { findScorecardSet } from './scorecard-sets';

const TOURISM = findScorecardSet('tourism.community_eco_tourism_sites') as ScorecardSet;

/** Every criterion answered with its highest option, then `changes` applied. */
function sheet(member: string, changes: Record<string, number> = {}) {
  const points = Object.fromEntries(setCriteria(TOURISM).map((c) => [c.ref, c.max]));
  return { member, points: { ...points, ...changes } };
}

describe('averageCouncilScores', () => {
  it('averages each criterion, part and the total over the members', () => {
    const a = averageCouncilScores(TOURISM, [sheet('a'), sheet('b', { 'C.8': 1 }), sheet('c', { 'C.8': 1 })]);
    expect(a.members).toBe(3);
    expect(a.criterionSums['C.8']).toBe(5);
    expect(a.criteria['C.8']).toBe(1.66);
    expect(a.parts).toEqual({ A: 40, B: 25, C: 33.66 });
    expect(a.total).toBe(98.66);
  });

  it('takes either case of a two-case tourism criterion (C.8: 1 or 3 points in each)', () => {
    const c8 = setCriteria(TOURISM).find((c) => c.ref === 'C.8');
    expect(c8?.cases_vi).toHaveLength(2);
    expect(averageCouncilScores(TOURISM, [sheet('a', { 'C.8': 1 })]).total).toBe(98);
  });

  it('refuses an empty council and a member with two sheets', () => {
    expect(() => averageCouncilScores(TOURISM, [])).toThrow(/at least one member/);
    expect(() => averageCouncilScores(TOURISM, [sheet('a'), sheet('a')])).toThrow(
      /a has more than one sheet/,
    );
  });

  it('refuses unanswered, unknown and off-sheet answers instead of counting them as zero', () => {
    const { 'A.1.1': _, ...withoutFirst } = sheet('a').points;
    expect(() => averageCouncilScores(TOURISM, [{ member: 'a', points: withoutFirst }])).toThrow(
      /a left criteria unanswered: A\.1\.1$/,
    );
    expect(() => averageCouncilScores(TOURISM, [sheet('a', { 'A.99': 1 })])).toThrow(/not on sheet .*A\.99/);
    expect(() => averageCouncilScores(TOURISM, [sheet('a', { 'C.8': 2 })])).toThrow(
      /a gave 2 on C\.8; its options score 1, 3/,
    );
    expect(() => averageCouncilScores(TOURISM, [sheet('a', { 'C.8': 1.5 })])).toThrow(/gave 1.5/);
  });
});
