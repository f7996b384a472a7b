import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD_TEMPLATE, type ScorecardTemplate, validateTemplate } from './scorecard-template';
import { PART_MAX } from './scoring';

const editable = (): ScorecardTemplate => structuredClone(DEFAULT_SCORECARD_TEMPLATE);

describe('DEFAULT_SCORECARD_TEMPLATE', () => {
  it('is valid', () => {
    expect(validateTemplate(DEFAULT_SCORECARD_TEMPLATE)).toEqual([]);
  });

  it('has parts A, B and C in order whose criteria add up to 40, 25 and 35', () => {
    expect(DEFAULT_SCORECARD_TEMPLATE.parts.map((p) => p.part)).toEqual(['A', 'B', 'C']);
    for (const { part, criteria } of DEFAULT_SCORECARD_TEMPLATE.parts) {
      expect(criteria.length).toBeGreaterThanOrEqual(3);
      expect(criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(PART_MAX[part]);
    }
  });

  it('marks legal registration and food safety as mandatory', () => {
    const mandatory = DEFAULT_SCORECARD_TEMPLATE.parts
      .flatMap((p) => p.criteria)
      .filter((c) => c.mandatory)
      .map((c) => c.text);
    expect(mandatory.some((t) => t.includes('legal registration'))).toBe(true);
    expect(mandatory.some((t) => t.includes('food safety'))).toBe(true);
  });

  it('labels every criterion text as an editable placeholder', () => {
    for (const c of DEFAULT_SCORECARD_TEMPLATE.parts.flatMap((p) => p.criteria)) {
      expect(c.text).toMatch(/^\[Mẫu – cần chỉnh sửa\] /);
    }
  });

  it('cannot be changed in place, but a clone can', () => {
    const firstPart = DEFAULT_SCORECARD_TEMPLATE.parts[0];
    expect(() => {
      if (firstPart?.criteria[0]) firstPart.criteria[0].maxPoints = 99;
    }).toThrow(TypeError);
    const copy = editable();
    const criterion = copy.parts[0]?.criteria[0];
    if (criterion) criterion.text = 'Giấy chứng nhận đăng ký kinh doanh';
    expect(copy.parts[0]?.criteria[0]?.text).toBe('Giấy chứng nhận đăng ký kinh doanh');
  });
});

describe('validateTemplate', () => {
  it('reports a part whose criteria do not add up to its maximum', () => {
    const t = editable();
    const criterion = t.parts[1]?.criteria[0];
    if (criterion) criterion.maxPoints += 1;
    expect(validateTemplate(t)).toEqual(['Part B criteria add up to 26 points, expected 25']);
  });

  it('accepts decimal maxima that add up exactly despite float drift', () => {
    const t = editable();
    const part = t.parts[0];
    if (part) {
      part.criteria = [
        { code: 'A1', text: 'x', maxPoints: 30.11, mandatory: true },
        { code: 'A2', text: 'y', maxPoints: 9.89, mandatory: false },
      ];
    }
    expect(validateTemplate(t)).toEqual([]);
  });

  it('reports duplicate and empty codes', () => {
    const t = editable();
    const [a, b] = t.parts[2]?.criteria ?? [];
    if (a && b) {
      b.code = a.code;
    }
    const first = t.parts[0]?.criteria[0];
    if (first) first.code = ' ';
    expect(validateTemplate(t)).toEqual([
      'A criterion has an empty code',
      `Criterion code ${a?.code} is used more than once`,
    ]);
  });

  it('reports a missing part and a repeated part', () => {
    const t = editable();
    const [a, b] = t.parts;
    if (a && b) t.parts = [a, { part: 'A', criteria: [] }, b];
    expect(validateTemplate(t)).toEqual(['Part A appears 2 times', 'Part C is missing']);
  });

  it('reports an unknown part', () => {
    const t = editable();
    t.parts.push({ part: 'D' as never, criteria: [] });
    expect(validateTemplate(t)).toEqual(['Unknown part "D"']);
  });

  it('reports non-positive maxima and impossible mandatory criteria', () => {
    const t = editable();
    const criteria = t.parts[0]?.criteria ?? [];
    criteria.push({ code: 'A8', text: 'zero', maxPoints: 0, mandatory: false });
    criteria.push({ code: 'A9', text: 'hard', maxPoints: 0.5, mandatory: true });
    criteria.push({ code: 'A10', text: 'neg', maxPoints: -0.5, mandatory: false, minPoints: -1 });
    expect(validateTemplate(t)).toEqual([
      'Criterion A8 must have a positive maxPoints, got 0',
      'Mandatory criterion A9 needs 1 points but is worth only 0.5',
      'Criterion A10 must have a positive maxPoints, got -0.5',
      'Criterion A10 has an invalid minPoints -1',
    ]);
  });

  it('accepts a mandatory criterion worth less than 1 point when minPoints says so', () => {
    const t = editable();
    const part = t.parts[0];
    if (part) {
      part.criteria = [
        { code: 'A1', text: 'x', maxPoints: 39.5, mandatory: false },
        { code: 'A2', text: 'y', maxPoints: 0.5, mandatory: true, minPoints: 0.5 },
      ];
    }
    expect(validateTemplate(t)).toEqual([]);
  });
});
