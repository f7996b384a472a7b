import type { Sql } from '../db/client';
import { AppError } from '../http/app-error';

/** One upload file's worth; a longer period is exported in parts. */
export const CIRCULAR_02_MAX_ROWS = 50_000;

/**
 * The minimum a decoded traceability code must show under Circular 02/2024/TT-BKHCN, one row
 * per batch: product name and image; producer name and address; production time; brand,
 * model code, serial; expiry date; standards applied.
 */
export interface Circular02Row {
  productName: string;
  productImage: string | null;
  producerName: string;
  producerAddress: string;
  producedAt: string;
  brand: string;
  modelCode: string;
  serial: string;
  expiryDate: string | null;
  standards: string;
  traceabilityUrl: string;
}

export const CIRCULAR_02_COLUMNS: Array<[keyof Circular02Row, string]> = [
  ['productName', 'Tên sản phẩm'],
  ['productImage', 'Hình ảnh sản phẩm'],
  ['producerName', 'Tên cơ sở sản xuất'],
  ['producerAddress', 'Địa chỉ cơ sở sản xuất'],
  ['producedAt', 'Thời gian sản xuất'],
  ['brand', 'Nhãn hiệu'],
  ['modelCode', 'Mã sản phẩm'],
  ['serial', 'Số lô'],
  ['expiryDate', 'Hạn sử dụng'],
  ['standards', 'Tiêu chuẩn áp dụng'],
  ['traceabilityUrl', 'Mã truy xuất (URL)'],
];

export async function circular02Rows(
  sql: Sql,
  filter: { province: string | null; from: string; to: string },
  stampUrlOf: (product: { gtin: string | null; code: string }, batchCode: string) => string,
): Promise<Circular02Row[]> {
  const rows = await sql<
    {
      name: string;
      image_url: string | null;
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
    }[]
  >`
    select p.name, p.image_url, p.gtin, p.code, pr.legal_name, pr.address_line, pr.commune, pr.province,
           b.code as batch_code, b.produced_at, b.best_before::text as best_before, b.standards
    from batches b
    join products p on p.id = b.product_id
    join producers pr on pr.id = p.producer_id
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
    productImage: r.image_url,
    producerName: r.legal_name,
    producerAddress: [r.address_line, r.commune, r.province].filter(Boolean).join(', '),
    producedAt: r.produced_at.toISOString(),
    brand: r.name,
    modelCode: r.gtin ?? r.code,
    serial: r.batch_code,
    expiryDate: r.best_before,
    standards: r.standards.join('; '),
    traceabilityUrl: stampUrlOf({ gtin: r.gtin, code: r.code }, r.batch_code),
  }));
}

/** RFC 4180 CSV with a BOM, so spreadsheet software reads the Vietnamese text as UTF-8. */
export function toCsv(rows: Circular02Row[]): string {
  const cell = (v: string | null) => {
    // Producers write product names: a leading = + - @ must not run as a spreadsheet formula.
    const s = /^[=+\-@\t\r]/.test(v ?? '') ? `'${v}` : (v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [CIRCULAR_02_COLUMNS.map(([, label]) => cell(label)).join(',')];
  for (const row of rows) lines.push(CIRCULAR_02_COLUMNS.map(([key]) => cell(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
