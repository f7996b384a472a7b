import {
  averageCouncilScores,
  type CouncilAverage,
  type CouncilMemberScores,
} from './average-council-scores';
import { CERTIFIED_STARS, type CertifiedStars } from './certified-stars';
import { criterionStarMinimum, type ScorecardSet, setCriteria } from './scorecard-set';
import type { ScorecardVersion } from './scorecard-versions';
import { type Stars, starsFromTotal } from './scoring';

export interface EvaluationInput {
  members: readonly CouncilMemberScores[];
  /** Indexes into the set's `disqualifiers_vi` that the council found true ("Hồ sơ bị loại khi…"). */
  disqualifiers?: readonly number[];
  /** Refs of criteria whose knock-out note applied (e.g. unsafe impurities: "không đánh giá tiếp"). */
  knockouts?: readonly string[];
}

export interface MissedMinimum {
  ref: string;
  stars: CertifiedStars;
  minimum: number;
  /** The council's average on the criterion, cut to hundredths. */
  average: number;
}

export interface EvaluationRating {
  scorecardVersion: ScorecardVersion;
  setId: string;
  average: CouncilAverage;
  /** The stars the average total's band alone gives (Art. 3.3). */
  bandStars: Stars;
  /** What the council proposes; null when no certificate can be issued. */
  proposedStars: CertifiedStars | null;
  certifiable: boolean;
  /** Who recognises the proposal: the province for 3★/4★, the Ministry (central) for 5★. */
  level: 'province' | 'central' | null;
  /** Star minimums missed, for every level up to the band's. */
  missedMinimums: MissedMinimum[];
  disqualifiedBy: string[];
  knockedOutBy: string[];
  /**
   * True when a missed 4★ or 5★ minimum lowered the proposal below the band: the decision does
   * not say what such a product gets, so the council confirms the lower level.
   */
  needsCouncilConfirmation: boolean;
}

/**
 * Decision 26/2026 rating of a product on its set's sheet: the members' average total picks the
 * band; each star level needs every criterion's minimum for that level (missing a 3★ minimum
 * means no certificate); a disqualifier or knock-out rules the dossier out whatever the points.
 * The proposal is the highest level up to the band whose minimums are all met.
 */
export function rateEvaluation(set: ScorecardSet, input: EvaluationInput): EvaluationRating {
  const disqualifiedBy = disqualifierTexts(set, input.disqualifiers ?? []);
  const knockedOutBy = knockoutRefs(set, input.knockouts ?? []);
  const average = averageCouncilScores(set, input.members);
  const bandStars = starsFromTotal(average.total);
  const missedMinimums = bandStars >= 3 ? missedUpTo(set, average, input.members.length, bandStars) : [];

  const ruledOut = disqualifiedBy.length > 0 || knockedOutBy.length > 0;
  const proposedStars = ruledOut ? null : highestMetLevel(bandStars, missedMinimums);
  return {
    scorecardVersion: 'qd26-2026',
    setId: set.group,
    average,
    bandStars,
    proposedStars,
    certifiable: proposedStars !== null,
    level: proposedStars === null ? null : proposedStars === 5 ? 'central' : 'province',
    missedMinimums,
    disqualifiedBy,
    knockedOutBy,
    needsCouncilConfirmation: proposedStars !== null && proposedStars < bandStars,
  };
}

function missedUpTo(
  set: ScorecardSet,
  average: CouncilAverage,
  members: number,
  band: Stars,
): MissedMinimum[] {
  const missed: MissedMinimum[] = [];
  for (const c of setCriteria(set)) {
    for (const stars of CERTIFIED_STARS) {
      if (stars > band) break;
      const minimum = criterionStarMinimum(c, stars);
      // Integer sums against minimum × members: an average of 1.999… must not pass a minimum of 2.
      const sum = average.criterionSums[c.ref] ?? 0;
      if (minimum !== undefined && sum < minimum * members) {
        missed.push({ ref: c.ref, stars, minimum, average: average.criteria[c.ref] ?? 0 });
      }
    }
  }
  return missed;
}

function highestMetLevel(band: Stars, missed: readonly MissedMinimum[]): CertifiedStars | null {
  if (missed.some((m) => m.stars === 3)) return null;
  for (const stars of [...CERTIFIED_STARS].reverse()) {
    if (stars <= band && !missed.some((m) => m.stars === stars)) return stars;
  }
  return null;
}

function disqualifierTexts(set: ScorecardSet, indexes: readonly number[]): string[] {
  return indexes.map((i) => {
    const text = set.disqualifiers_vi[i];
    if (!Number.isInteger(i) || text === undefined) {
      throw new RangeError(
        `Sheet ${set.group} has no disqualifier #${i} (it lists ${set.disqualifiers_vi.length})`,
      );
    }
    return text;
  });
}

function knockoutRefs(set: ScorecardSet, refs: readonly string[]): string[] {
  const allowed = new Set(
    setCriteria(set)
      .filter((c) => c.knockout_note)
      .map((c) => c.ref),
  );
  for (const ref of refs) {
    if (!allowed.has(ref))
      throw new RangeError(`Criterion ${ref} of sheet ${set.group} has no knock-out note`);
  }
  return [...refs];
}
