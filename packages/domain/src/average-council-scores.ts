import { type ScorecardSet, type ScorecardSheetCriterion, setCriteria } from './scorecard-set';
import { floorToHundredths, SCORE_PARTS, type ScorePart } from './scoring';

/** One council member's sheet: the points of the option they chose, by criterion ref ("A.1.1"). */
export interface CouncilMemberScores {
  member: string;
  points: Record<string, number>;
}

export interface CouncilAverage {
  members: number;
  /** Each criterion's summed points over the members; exact, for checking star minimums. */
  criterionSums: Record<string, number>;
  /** Each criterion's average, cut to hundredths, for display. */
  criteria: Record<string, number>;
  /** Each part's average, cut to hundredths, for display. */
  parts: Record<ScorePart, number>;
  /** The council's average total (Decision 26, Art. 3.3 "tổng điểm trung bình"), cut to hundredths. */
  total: number;
}

/**
 * Averages the council members' sheets. Every member must answer every criterion with one of its
 * options' points: a missing or mistyped answer would otherwise lower the stars silently. The
 * total is the mean of the members' totals, computed from integer sums so 70 stays 70.
 */
export function averageCouncilScores(
  set: ScorecardSet,
  members: readonly CouncilMemberScores[],
): CouncilAverage {
  if (members.length === 0) throw new RangeError('A council average needs at least one member sheet');
  assertDistinctMembers(members);
  const criteria = setCriteria(set);
  for (const m of members) assertCompleteSheet(set, criteria, m);

  const criterionSums: Record<string, number> = {};
  const partSums: Record<ScorePart, number> = { A: 0, B: 0, C: 0 };
  for (const part of set.parts) {
    for (const c of part.criteria) {
      const sum = members.reduce((acc, m) => acc + (m.points[c.ref] ?? 0), 0);
      criterionSums[c.ref] = sum;
      partSums[part.part] += sum;
    }
  }
  const n = members.length;
  const mean = (sum: number) => floorToHundredths(sum / n);
  const parts = Object.fromEntries(SCORE_PARTS.map((p) => [p, mean(partSums[p])])) as Record<
    ScorePart,
    number
  >;
  return {
    members: n,
    criterionSums,
    criteria: Object.fromEntries(Object.entries(criterionSums).map(([ref, sum]) => [ref, mean(sum)])),
    parts,
    total: mean(partSums.A + partSums.B + partSums.C),
  };
}

function assertDistinctMembers(members: readonly CouncilMemberScores[]): void {
  const seen = new Set<string>();
  for (const { member } of members) {
    if (seen.has(member)) throw new RangeError(`Council member ${member} has more than one sheet`);
    seen.add(member);
  }
}

function assertCompleteSheet(
  set: ScorecardSet,
  criteria: ScorecardSheetCriterion[],
  m: CouncilMemberScores,
): void {
  const known = new Set(criteria.map((c) => c.ref));
  const unknown = Object.keys(m.points).filter((ref) => !known.has(ref));
  if (unknown.length > 0) {
    throw new RangeError(
      `Member ${m.member} scored criteria not on sheet ${set.group}: ${unknown.join(', ')}`,
    );
  }
  const missing = criteria.filter((c) => !Object.hasOwn(m.points, c.ref)).map((c) => c.ref);
  if (missing.length > 0) {
    throw new RangeError(`Member ${m.member} left criteria unanswered: ${missing.join(', ')}`);
  }
  for (const c of criteria) {
    const given = m.points[c.ref];
    if (!c.options.some((o) => o.points === given)) {
      const allowed = [...new Set(c.options.map((o) => o.points))].join(', ');
      throw new RangeError(`Member ${m.member} gave ${given} on ${c.ref}; its options score ${allowed}`);
    }
  }
}
