import { type CertificateStatus, certificateStatus, toVnIsoString } from '@ocop/domain';
import { CURRENT_CERTIFICATE_JOIN } from '../certificates/current-certificate';
import type { Sql } from '../db/client';
import { absoluteUrl } from '../http/absolute-url';
import { AppError } from '../http/app-error';

/** One upload file's worth; a longer period is exported in parts. */
export const CIRCULAR_02_MAX_ROWS = 50_000;

/**
 * The minimum a decoded traceability code must show under Circular 02/2024/TT-BKHCN, one row
 * per batch: product name and image; producer name and address; production time; brand,
 * model code, serial; expiry date; standards applied. Plus what an official uploading it needs
 * to know: the producer's id and registration number, and the certificate's number, decision
 * and status on the export day (a revoked product's batches are flagged, not dropped).
 */
export interface Circular02Row {
  productName: string;
  /** Absolute: the file leaves our hosts. */
  productImage: string | null;
  producerId: string;
  producerRegistrationNumber: string | null;
  producerName: string;
  producerAddress: string;
  /** Vietnam time with its offset (2026-10-01T08:00:00+07:00), like the plain dates beside it. */
  producedAt: string;
  /** Empty when the producer has no registered trademark: never the product's name. */
  brand: string;
  modelCode: string;
  serial: string;
  expiryDate: string | null;
  standards: string;
  traceabilityUrl: string;
  certificateNumber: string | null;
  decisionNumber: string | null;
  certificateStatus: CertificateStatus | 'none';
  revokedAt: string | null;
}

export const CIRCULAR_02_COLUMNS: Array<[keyof Circular02Row, string]> = [
  ['productName', 'Tên sản phẩm'],
  ['productImage', 'Hình ảnh sản phẩm'],
  ['producerId', 'Mã cơ sở sản xuất'],
  ['producerRegistrationNumber', 'Số đăng ký kinh doanh'],
  ['producerName', 'Tên cơ sở sản xuất'],
  ['producerAddress', 'Địa chỉ cơ sở sản xuất'],
  ['producedAt', 'Thời gian sản xuất'],
  ['brand', 'Nhãn hiệu'],
  ['modelCode', 'Mã sản phẩm'],
  ['serial', 'Số lô'],
  ['expiryDate', 'Hạn sử dụng'],
  ['standards', 'Tiêu chuẩn áp dụng'],
  ['traceabilityUrl', 'Mã truy xuất (URL)'],
  ['certificateNumber', 'Số giấy chứng nhận OCOP'],
  ['decisionNumber', 'Số quyết định công nhận'],
  ['certificateStatus', 'Tình trạng chứng nhận'],
  ['revokedAt', 'Ngày thu hồi'],
];

export async function circular02Rows(
  sql: Sql,
  filter: { province: string | null; from: string; to: string },
  stampUrlOf: (product: { gtin: string | null; code: string }, batchCode: string) => string,
  options: { now: Date; mediaBase: string },
): Promise<Circular02Row[]> {
  const rows = await sql<
    {
      name: string;
      brand: string | null;
      image_url: string | null;
      producer_id: string;
      registration_number: string | null;
      gtin: string | null;
      code: string;
      legal_name: string;
      address_line: string | null;
      commune: string;
      province: string;
      batch_code: string;
      produced_at: Date;
      best_before: string | null;
      standards: string[];
      cert_number: string | null;
      decision_number: string | null;
      issued_at: Date | null;
      expires_at: Date | null;
      revoked_at: Date | null;
      re_evaluation_filed_at: Date | null;
      re_evaluation_decided_at: Date | null;
    }[]
  >`
    select p.name, p.brand, p.image_url, coalesce(p.gtin, p.platform_gtin) as gtin, p.code, pr.id as producer_id, pr.registration_number,
           pr.legal_name, pr.address_line, pr.commune, pr.province,
           b.code as batch_code, b.produced_at, b.best_before::text as best_before, b.standards,
           c.number as cert_number, c.decision_number, c.issued_at, c.expires_at, c.revoked_at,
           c.re_evaluation_filed_at, c.re_evaluation_decided_at
    from batches b
    join products p on p.id = b.product_id
    join producers pr on pr.id = p.producer_id
    ${sql.unsafe(CURRENT_CERTIFICATE_JOIN)}
    where b.produced_at >= (${filter.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
      and b.produced_at < (${filter.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
      ${filter.province ? sql`and pr.province = ${filter.province}` : sql``}
    order by pr.legal_name, p.name, b.produced_at
    limit ${CIRCULAR_02_MAX_ROWS + 1}`;
  if (rows.length > CIRCULAR_02_MAX_ROWS) {
    throw new AppError(
      'validation_failed',
      `More than ${CIRCULAR_02_MAX_ROWS} batches: export a shorter period.`,
    );
  }
  return rows.map((r) => ({
    productName: r.name,
    productImage: r.image_url ? absoluteUrl(r.image_url, options.mediaBase) : null,
    producerId: r.producer_id,
    producerRegistrationNumber: r.registration_number,
    producerName: r.legal_name,
    producerAddress: [r.address_line, r.commune, r.province].filter(Boolean).join(', '),
    producedAt: toVnIsoString(r.produced_at),
    brand: r.brand ?? '',
    modelCode: r.gtin ?? r.code,
    serial: r.batch_code,
    expiryDate: r.best_before,
    standards: r.standards.join('; '),
    traceabilityUrl: stampUrlOf({ gtin: r.gtin, code: r.code }, r.batch_code),
    certificateNumber: r.cert_number,
    decisionNumber: r.decision_number,
    certificateStatus:
      r.issued_at && r.expires_at
        ? certificateStatus(
            {
              issuedAt: r.issued_at,
              expiresAt: r.expires_at,
              revokedAt: r.revoked_at,
              reEvaluationFiledAt: r.re_evaluation_filed_at,
              reEvaluationDecidedAt: r.re_evaluation_decided_at,
            },
            options.now,
          )
        : 'none',
    revokedAt: r.revoked_at ? toVnIsoString(r.revoked_at) : null,
  }));
}

/** One RFC 4180 field; a leading = + - @ is defused, so a cell never runs as a spreadsheet formula. */
export function csvCell(v: string | null): string {
  // Producers write product names: a leading = + - @ must not run as a spreadsheet formula.
  const s = /^[=+\-@\t\r]/.test(v ?? '') ? `'${v}` : (v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** RFC 4180 CSV with a BOM, so spreadsheet software reads the Vietnamese text as UTF-8. */
export function toCsv(rows: Circular02Row[]): string {
  const cell = csvCell;
  const lines = [CIRCULAR_02_COLUMNS.map(([, label]) => cell(label)).join(',')];
  for (const row of rows) lines.push(CIRCULAR_02_COLUMNS.map(([key]) => cell(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
