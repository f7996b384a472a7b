// Decision 148/QĐ-TTg (2023) weights, kept by Decision 26/2026/QĐ-TTg (Art. 3.1). The 2019 rules
// used 35/25/40; mixing them up silently shifts every star rating, so the maxima live in exactly
// one place (tests check the criteria file agrees).
export const PART_MAX = { A: 40, B: 25, C: 35 } as const;

export type ScorePart = 'A' | 'B' | 'C';
export type Stars = 1 | 2 | 3 | 4 | 5;

export const SCORE_PARTS: readonly ScorePart[] = ['A', 'B', 'C'];

export interface RatingInput {
  A: number;
  B: number;
  C: number;
  failedMandatory?: string[];
}

export interface Rating {
  total: number;
  stars: Stars;
  certifiable: boolean;
  blockedBy: string[];
}

/**
 * Lowest total (inclusive) for each star band, highest first; the same under Decisions 148 and 26
 * (Art. 3.3), applied to the council's average total. Tests check the criteria file agrees.
 */
const STAR_BANDS: ReadonlyArray<readonly [min: number, stars: Stars]> = [
  [90, 5],
  [70, 4],
  [50, 3],
  [30, 2],
];

export function starsFromTotal(total: number): Stars {
  if (!Number.isFinite(total) || total < 0 || total > 100) {
    throw new RangeError(`Total score must be a number between 0 and 100, got ${total}`);
  }
  for (const [min, stars] of STAR_BANDS) {
    if (total >= min) return stars;
  }
  return 1;
}

/**
 * Rounds to hundredths without binary drift: 30.11 + 25 + 34.89 is 89.99999999999999 in floating
 * point, which would drop a 5★ product to 4★. `toPrecision(12)` removes the drift before rounding.
 */
export function roundToHundredths(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/**
 * Cuts an average down to hundredths: the council's average total is shown with two decimals
 * (92.33), and a band is reached only when the average truly reaches it ("đạt từ 90"). Rounding
 * half up would lift an average of 89.996 to 90.00 and into 5★. The drift is removed first, as in
 * roundToHundredths, so an exact 70 is not cut to 69.99.
 */
export function floorToHundredths(value: number): number {
  return Math.floor(Number((value * 100).toPrecision(12))) / 100;
}

export function assertPartScore(part: ScorePart, score: number): void {
  const max = PART_MAX[part];
  if (!Number.isFinite(score) || score < 0 || score > max) {
    throw new RangeError(`Part ${part} score must be a number between 0 and ${max}, got ${score}`);
  }
}

export function rateScores(input: RatingInput): Rating {
  for (const part of SCORE_PARTS) assertPartScore(part, input[part]);
  const total = roundToHundredths(input.A + input.B + input.C);
  const stars = starsFromTotal(total);
  const blockedBy = [...(input.failedMandatory ?? [])];
  // Only 3★–5★ are certified, and a failed mandatory criterion blocks whatever the total.
  const certifiable = stars >= 3 && blockedBy.length === 0;
  return { total, stars, certifiable, blockedBy };
}
