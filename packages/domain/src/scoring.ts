// Decision 148/QĐ-TTg (2023) weights. The 2019 rules used 35/25/40; mixing them up silently
// shifts every star rating, so the maxima live in exactly one place.
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

/** Lowest total (inclusive) for each star band, highest first. */
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
