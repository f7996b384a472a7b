import { z } from 'zod';
import { CERTIFIED_STARS, type CertifiedStars } from './certified-stars';

// The criteria sheets of Decision 26/2026/QĐ-TTg (Phụ lục II) as data/scorecards-qd26-2026.json
// carries them, field for field: the file is a transcript that officials may correct, so the code
// reads its shape instead of retyping its content. Objects of the sheet tree are strict, so a field
// added to the data fails loudly here rather than being ignored by the scoring.

export const STAR_MARK_LEVELS = ['3', '4', '5'] as const;
export type StarMarkLevel = (typeof STAR_MARK_LEVELS)[number];

const Points = z.number().int().nonnegative();

export const ScorecardOptionSchema = z.strictObject({
  text_vi: z.string().min(1),
  points: Points,
  /** The star level (3, 4 or 5) whose minimum answer this option is (*** / **** / ***** on the sheet). */
  min_for_stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
  /** Why the value is not as printed (a typo fixed, a blank cell read as 0): editable by officials. */
  inferred: z.string().optional(),
  points_as_printed: z.union([z.string(), z.number()]).optional(),
  /** Tourism criteria offer two alternative cases; each option belongs to one. */
  case_vi: z.string().optional(),
  source_note: z.string().optional(),
});

export const ScorecardCriterionSchema = z.strictObject({
  /** Code within its part ("1.1", "6.1.1"). */
  code: z.string().min(1),
  /** Code unique within the sheet ("A.1.1"): the key answers are given by. */
  ref: z.string().regex(/^[ABC]\.\d+(\.\d+)*$/),
  text_vi: z.string().min(1),
  max: Points,
  group_code: z.string().min(1),
  group_title_vi: z.string(),
  subgroup_code: z.string().optional(),
  subgroup_title_vi: z.string().optional(),
  requirement_vi: z.string().optional(),
  options: z.array(ScorecardOptionSchema).min(1),
  options_inferred: z.boolean().optional(),
  mandatory: z.boolean(),
  /** Star level → minimum points, as marked on the sheet (not carried up; see criterionStarMinimum). */
  star_minimums: z.partialRecord(z.enum(STAR_MARK_LEVELS), Points).optional(),
  mandatory_for_3_star: z.boolean().optional(),
  /** The file's own reading of the minimums per level, carried up ("points < 2"): cross-checked in tests. */
  fails_if: z.partialRecord(z.enum(STAR_MARK_LEVELS), z.string()).optional(),
  fails_if_note: z.string().optional(),
  notes_vi: z.array(z.string()).optional(),
  /** The note says the evaluation stops here when it applies ("sẽ không đánh giá các bước tiếp theo"). */
  knockout_note: z.boolean().optional(),
  scoring_vi: z.string().optional(),
  cases_vi: z.array(z.string()).optional(),
});

export const ScorecardCriterionGroupSchema = z.strictObject({
  code: z.string().min(1),
  title_vi: z.string(),
  max: Points,
  criteria_codes: z.array(z.string()).min(1),
  is_single_criterion: z.boolean().optional(),
});

export const ScorecardPartSchema = z.strictObject({
  part: z.enum(['A', 'B', 'C']),
  title_vi: z.string(),
  max: Points,
  groups_sum: Points,
  criteria_max_sum: Points,
  groups: z.array(ScorecardCriterionGroupSchema).min(1),
  criteria: z.array(ScorecardCriterionSchema).min(1),
});

/** One of the 26 product sets (bộ sản phẩm) and its criteria sheet. */
export const ScorecardSetSchema = z.strictObject({
  /** The set's id ("food.condiments.sauces_fish_sauce_liquid"); product groups map to it. */
  group: z.string().min(1),
  category: z.enum(['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism']),
  set_no: z.number().int().min(1),
  name_vi: z.string().min(1),
  heading_in_sheet_vi: z.string(),
  classification_in_sheet_vi: z.string(),
  decision: z.string(),
  annex: z.string(),
  source: z.string(),
  source_official: z.string(),
  complete: z.boolean(),
  totals: z.strictObject({
    A: Points,
    B: Points,
    C: Points,
    sum: Points,
    stated_total: Points,
    adds_up: z.boolean(),
  }),
  /** "Hồ sơ bị loại khi…": any one of these rules the dossier out, whatever the points. */
  disqualifiers_vi: z.array(z.string()),
  star_marker_legend_vi: z.string().nullable(),
  parts: z.array(ScorecardPartSchema).length(3),
});

const StarBandSchema = z.strictObject({
  stars: z.number().int().min(1).max(5),
  min: z.number(),
  max: z.number(),
  max_inclusive: z.boolean(),
  level: z.string().nullable(),
  certifiable: z.boolean(),
  text_vi: z.string(),
});

/** The whole file: the sets plus the framework facts the code cross-checks against its constants. */
export const ScorecardsFileSchema = z.looseObject({
  schema_version: z.string(),
  source: z.string(),
  legal_status: z.looseObject({
    in_force: z.looseObject({ decision: z.string(), effective: z.iso.date() }),
    repealed: z.array(z.looseObject({ decision: z.string(), ceases: z.iso.date() })),
    transitional_vi: z.array(z.string()),
  }),
  framework: z.looseObject({
    parts: z.array(z.looseObject({ part: z.enum(['A', 'B', 'C']), max: Points })),
    star_bands: z.array(StarBandSchema),
  }),
  validity: z.looseObject({ months: z.number().int().positive() }),
  revocation: z.looseObject({ grounds_vi: z.array(z.string()) }),
  groups: z.array(ScorecardSetSchema).min(1),
});

export type ScorecardOption = z.infer<typeof ScorecardOptionSchema>;
export type ScorecardSheetCriterion = z.infer<typeof ScorecardCriterionSchema>;
export type ScorecardCriterionGroup = z.infer<typeof ScorecardCriterionGroupSchema>;
export type ScorecardPart = z.infer<typeof ScorecardPartSchema>;
export type ScorecardSet = z.infer<typeof ScorecardSetSchema>;
export type ScorecardsFile = z.infer<typeof ScorecardsFileSchema>;

/**
 * The minimum points a criterion needs for a star level, or undefined when it has none. The
 * sheet marks one option per level at most; a level with no mark of its own inherits the nearest
 * lower level's (a 3★ minimum still binds a 4★ product). That carrying up is the file's reading
 * (`fails_if`, marked inferred), not the legal text: tests check both agree.
 */
export function criterionStarMinimum(c: ScorecardSheetCriterion, stars: CertifiedStars): number | undefined {
  let minimum: number | undefined;
  for (const level of CERTIFIED_STARS) {
    if (level > stars) break;
    const own = c.star_minimums?.[String(level) as StarMarkLevel];
    if (own !== undefined) minimum = Math.max(minimum ?? 0, own);
  }
  return minimum;
}

/** Every criterion of a set, in sheet order. */
export function setCriteria(set: ScorecardSet): ScorecardSheetCriterion[] {
  return set.parts.flatMap((p) => p.criteria);
}
