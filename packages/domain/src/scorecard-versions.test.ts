import { describe, expect, it } from 'vitest';
import { scorecardsQd26 } from './scorecard-sets';
import { DEFAULT_SCORECARD_TEMPLATE } from './scorecard-template';
import {
  CURRENT_SCORECARD_VERSION,
  isScorecardVersion,
  LEGACY_SCORECARD_VERSION,
  SCORECARD_VERSION_INFO,
  scorecardVersionFor,
} from './scorecard-versions';

describe('scorecard versions', () => {
  it('keeps Decision 148 as the legacy version, its placeholder template intact', () => {
    expect(CURRENT_SCORECARD_VERSION).toBe('qd26-2026');
    expect(LEGACY_SCORECARD_VERSION).toBe('qd148-2023');
    expect(DEFAULT_SCORECARD_TEMPLATE.id).toBe('default-qd148');
    expect(isScorecardVersion('qd26-2026')).toBe(true);
    expect(isScorecardVersion('qd26')).toBe(false);
  });

  it('starts Decision 26 on the day the criteria file says it took effect', () => {
    const { in_force } = scorecardsQd26().legal_status;
    expect(in_force.decision).toBe(SCORECARD_VERSION_INFO['qd26-2026'].decision);
    expect(in_force.effective).toBe(SCORECARD_VERSION_INFO['qd26-2026'].effective);
  });

  it('scores a dossier on the version in force on the Vietnamese day it was filed', () => {
    // 23:59 on 21/05/2026 in Hà Nội is 16:59 UTC: still Decision 148 (Art. 12, transition).
    expect(scorecardVersionFor(new Date('2026-05-21T16:59:59Z'))).toBe('qd148-2023');
    // 00:00 on 22/05/2026 in Hà Nội is 17:00 UTC on the 21st.
    expect(scorecardVersionFor(new Date('2026-05-21T17:00:00Z'))).toBe('qd26-2026');
    expect(scorecardVersionFor(new Date('2024-01-01T00:00:00Z'))).toBe('qd148-2023');
    expect(scorecardVersionFor(new Date('2020-01-01T00:00:00Z'))).toBe('qd148-2023');
    expect(() => scorecardVersionFor(new Date('nope'))).toThrow(RangeError);
  });
});
