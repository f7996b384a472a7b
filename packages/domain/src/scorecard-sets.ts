import scorecardsJson from '../data/scorecards-qd26-2026.json';
import { deepFreeze } from './deep-freeze';
import { type ScorecardSet, type ScorecardsFile, ScorecardsFileSchema } from './scorecard-set';
import { CURRENT_SCORECARD_VERSION, type ScorecardVersion } from './scorecard-versions';

let parsed: ScorecardsFile | undefined;

/**
 * Decision 26's criteria file, validated on first use (not at import: most services that import
 * the domain never score, and the file is a megabyte).
 */
export function scorecardsQd26(): ScorecardsFile {
  parsed ??= deepFreeze(ScorecardsFileSchema.parse(scorecardsJson));
  return parsed;
}

/**
 * The product sets of a criteria version. Decision 148's sheets were not transcribed (see
 * scorecard-versions.ts), so that version has none: its dossiers keep DEFAULT_SCORECARD_TEMPLATE.
 */
export function scorecardSets(
  version: ScorecardVersion = CURRENT_SCORECARD_VERSION,
): readonly ScorecardSet[] {
  return version === 'qd26-2026' ? scorecardsQd26().groups : [];
}

export function findScorecardSet(
  setId: string,
  version: ScorecardVersion = CURRENT_SCORECARD_VERSION,
): ScorecardSet | undefined {
  return scorecardSets(version).find((s) => s.group === setId);
}
