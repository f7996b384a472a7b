import { deepFreeze } from './deep-freeze';
import { PART_MAX, roundToHundredths, SCORE_PARTS, type ScorePart } from './scoring';

export interface ScorecardCriterion {
  code: string;
  text: string;
  maxPoints: number;
  mandatory: boolean;
  /** Points a mandatory criterion needs to pass; 1 when absent (missing or zero fails). */
  minPoints?: number;
}

export interface ScorecardTemplate {
  id: string;
  name: string;
  parts: Array<{ part: ScorePart; criteria: ScorecardCriterion[] }>;
}

// Each product group has its own criteria sheet under Decision 148, and the exact wording is not
// verified here. This seed only fixes the A/B/C structure and weights so councils can start; the
// texts are placeholders that officials are expected to replace per product group.
const PLACEHOLDER = '[Mẫu – cần chỉnh sửa]';

const criterion = (code: string, text: string, maxPoints: number, mandatory = false): ScorecardCriterion => ({
  code,
  text: `${PLACEHOLDER} ${text}`,
  maxPoints,
  mandatory,
});

export const DEFAULT_SCORECARD_TEMPLATE: ScorecardTemplate = deepFreeze({
  id: 'default-qd148',
  name: 'Phiếu chấm mẫu theo QĐ 148/QĐ-TTg (bản nháp, cán bộ chỉnh sửa theo nhóm sản phẩm)',
  parts: [
    {
      part: 'A',
      criteria: [
        criterion('A1', 'Chủ thể có đăng ký kinh doanh hợp pháp (legal registration)', 4, true),
        criterion('A2', 'Nguồn nguyên liệu ổn định, có xuất xứ rõ ràng (raw material source)', 6),
        criterion('A3', 'Sử dụng lao động địa phương (local employment)', 5),
        criterion('A4', 'Liên kết sản xuất với nông dân, hợp tác xã (production linkage)', 8),
        criterion('A5', 'Đổi mới, phát triển sản phẩm và công nghệ (product development)', 7),
        criterion('A6', 'Bảo vệ môi trường trong sản xuất (environmental protection)', 5),
        criterion('A7', 'Năng lực quản lý và sự tham gia của cộng đồng (management, community)', 5),
      ],
    },
    {
      part: 'B',
      criteria: [
        criterion('B1', 'Bao bì, nhãn hàng hóa đúng quy định (packaging and labelling)', 5, true),
        criterion('B2', 'Kênh phân phối, thị trường tiêu thụ (distribution channels)', 6),
        criterion('B3', 'Quảng bá, xúc tiến thương mại, thương mại điện tử (promotion, e-commerce)', 5),
        criterion('B4', 'Câu chuyện sản phẩm (product story)', 5),
        criterion('B5', 'Bảo hộ nhãn hiệu, sở hữu trí tuệ (trademark protection)', 4),
      ],
    },
    {
      part: 'C',
      criteria: [
        criterion('C1', 'Đảm bảo an toàn thực phẩm (food safety)', 6, true),
        criterion('C2', 'Chất lượng cảm quan (sensory quality)', 8),
        criterion('C3', 'Giá trị dinh dưỡng, công dụng (nutrition, function)', 5),
        criterion('C4', 'Công bố tiêu chuẩn chất lượng sản phẩm (published quality standard)', 5, true),
        criterion('C5', 'Hệ thống quản lý chất lượng (quality management: VietGAP, HACCP, ISO)', 5),
        criterion('C6', 'Truy xuất nguồn gốc (traceability)', 3),
        criterion('C7', 'Tiềm năng thị trường, xuất khẩu (market and export potential)', 3),
      ],
    },
  ],
});

/** Lists everything wrong with a template; an empty list means it can be used for scoring. */
export function validateTemplate(t: ScorecardTemplate): string[] {
  return [...partProblems(t), ...criterionProblems(t)];
}

function partProblems(t: ScorecardTemplate): string[] {
  const problems: string[] = [];
  for (const part of SCORE_PARTS) {
    const sections = t.parts.filter((p) => p.part === part);
    if (sections.length === 0) {
      problems.push(`Part ${part} is missing`);
      continue;
    }
    if (sections.length > 1) problems.push(`Part ${part} appears ${sections.length} times`);
    const sum = roundToHundredths(
      sections.flatMap((s) => s.criteria).reduce((acc, c) => acc + c.maxPoints, 0),
    );
    if (sum !== PART_MAX[part]) {
      problems.push(`Part ${part} criteria add up to ${sum} points, expected ${PART_MAX[part]}`);
    }
  }
  for (const section of t.parts) {
    if (!SCORE_PARTS.includes(section.part)) problems.push(`Unknown part "${section.part}"`);
  }
  return problems;
}

function criterionProblems(t: ScorecardTemplate): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of t.parts.flatMap((p) => p.criteria)) {
    if (c.code.trim() === '') problems.push('A criterion has an empty code');
    else if (seen.has(c.code)) problems.push(`Criterion code ${c.code} is used more than once`);
    seen.add(c.code);
    if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) {
      problems.push(`Criterion ${c.code} must have a positive maxPoints, got ${c.maxPoints}`);
    }
    const needed = c.minPoints ?? 1;
    if (c.minPoints !== undefined && (!Number.isFinite(c.minPoints) || c.minPoints < 0)) {
      problems.push(`Criterion ${c.code} has an invalid minPoints ${c.minPoints}`);
    } else if (c.mandatory && needed > c.maxPoints) {
      // Otherwise every product would be blocked by a criterion nobody can pass.
      problems.push(`Mandatory criterion ${c.code} needs ${needed} points but is worth only ${c.maxPoints}`);
    }
  }
  return problems;
}
