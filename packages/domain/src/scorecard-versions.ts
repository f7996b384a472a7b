import { assertValidDate, fromVnWallClock } from './vn-date';

/**
 * The criteria versions a dossier can be scored on. A scored dossier and its certificate keep the
 * version they were scored on: sheets change with new decisions, history must not.
 * - `qd148-2023`: Decision 148/QĐ-TTg (24/02/2023, amended by 1489/QĐ-TTg). Its sheets were never
 *   transcribed here; DEFAULT_SCORECARD_TEMPLATE (id `default-qd148`) is the placeholder councils used.
 * - `qd26-2026`: Decision 26/2026/QĐ-TTg (22/05/2026), the 26 sheets in data/scorecards-qd26-2026.json.
 */
export const SCORECARD_VERSIONS = ['qd148-2023', 'qd26-2026'] as const;
export type ScorecardVersion = (typeof SCORECARD_VERSIONS)[number];

export const CURRENT_SCORECARD_VERSION: ScorecardVersion = 'qd26-2026';
export const LEGACY_SCORECARD_VERSION: ScorecardVersion = 'qd148-2023';

export interface ScorecardVersionInfo {
  version: ScorecardVersion;
  decision: string;
  /** First Vietnamese calendar day a new dossier is scored on this version. */
  effective: string;
  vi: string;
  en: string;
}

export const SCORECARD_VERSION_INFO: Readonly<Record<ScorecardVersion, ScorecardVersionInfo>> = {
  'qd148-2023': {
    version: 'qd148-2023',
    decision: '148/QĐ-TTg',
    effective: '2023-02-24',
    vi: 'Bộ tiêu chí theo Quyết định 148/QĐ-TTg (2023)',
    en: 'Criteria of Decision 148/QĐ-TTg (2023)',
  },
  'qd26-2026': {
    version: 'qd26-2026',
    decision: '26/2026/QĐ-TTg',
    effective: '2026-05-22',
    vi: 'Bộ tiêu chí theo Quyết định 26/2026/QĐ-TTg',
    en: 'Criteria of Decision 26/2026/QĐ-TTg',
  },
};

export function isScorecardVersion(x: unknown): x is ScorecardVersion {
  return typeof x === 'string' && (SCORECARD_VERSIONS as readonly string[]).includes(x);
}

/**
 * The version a dossier is scored on, from when the producer filed it. Art. 12 of Decision 26:
 * dossiers filed before it took effect (22/05/2026) finish under the 2021–2025 rules; anything
 * filed from that Vietnamese day on uses the new sheets.
 */
export function scorecardVersionFor(filedAt: Date): ScorecardVersion {
  assertValidDate(filedAt);
  let chosen: ScorecardVersion = LEGACY_SCORECARD_VERSION;
  for (const version of SCORECARD_VERSIONS) {
    const startsAt = fromVnWallClock(new Date(`${SCORECARD_VERSION_INFO[version].effective}T00:00:00Z`));
    if (filedAt.getTime() >= startsAt.getTime()) chosen = version;
  }
  return chosen;
}
