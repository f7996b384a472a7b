import { type ScorecardCriterion, type ScorecardTemplate, validateTemplate } from './scorecard-template';
import { type Rating, rateScores, roundToHundredths, type ScorePart } from './scoring';

export interface ScorecardResult extends Rating {
  parts: Record<ScorePart, number>;
}

/**
 * Scores a filled-in scorecard. `points` maps criterion codes to the council's points; a missing
 * code counts as zero, so an unanswered mandatory criterion blocks certification.
 */
export function scoreScorecard(template: ScorecardTemplate, points: Record<string, number>): ScorecardResult {
  const problems = validateTemplate(template);
  if (problems.length > 0) {
    throw new RangeError(`Scorecard template ${template.id} is invalid: ${problems.join('; ')}`);
  }
  assertKnownCodes(template, points);

  const sums: Record<ScorePart, number> = { A: 0, B: 0, C: 0 };
  const failedMandatory: string[] = [];
  for (const { part, criteria } of template.parts) {
    for (const c of criteria) {
      const awarded = pointsFor(c, points);
      sums[part] += awarded;
      if (c.mandatory && awarded < (c.minPoints ?? 1)) failedMandatory.push(c.code);
    }
  }
  const parts = { A: roundToHundredths(sums.A), B: roundToHundredths(sums.B), C: roundToHundredths(sums.C) };
  return { ...rateScores({ ...parts, failedMandatory }), parts };
}

function pointsFor(c: ScorecardCriterion, points: Record<string, number>): number {
  const awarded = Object.hasOwn(points, c.code) ? points[c.code] : 0;
  if (typeof awarded !== 'number' || !Number.isFinite(awarded) || awarded < 0 || awarded > c.maxPoints) {
    throw new RangeError(`Criterion ${c.code} points must be between 0 and ${c.maxPoints}, got ${awarded}`);
  }
  return awarded;
}

// A typo in a criterion code would otherwise drop the points silently and lower the stars.
function assertKnownCodes(template: ScorecardTemplate, points: Record<string, number>): void {
  const known = new Set(template.parts.flatMap((p) => p.criteria.map((c) => c.code)));
  const unknown = Object.keys(points).filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new RangeError(`Points given for unknown criteria: ${unknown.join(', ')}`);
  }
}
