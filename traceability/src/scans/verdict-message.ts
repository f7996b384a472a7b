import type { Verdict } from '@ocop/contracts';
import { formatVnDate } from '@ocop/domain';

/** The sentence a person reads under the verdict, in Vietnamese first and English. */
export function verdictMessage(
  verdict: Verdict,
  batchLevel: boolean,
  stamp?: { first_scan_at: Date | null; first_scan_province: string | null; scan_count: number },
): { vi: string; en: string } {
  const first = stamp?.first_scan_at;
  const where = stamp?.first_scan_province;
  switch (verdict) {
    case 'genuine':
      return batchLevel
        ? {
            vi: 'Mã lô chính hãng. Mã này xác nhận lô hàng, không xác nhận từng sản phẩm.',
            en: 'Genuine batch code. It proves the batch, not this individual unit.',
          }
        : { vi: 'Sản phẩm chính hãng, lần quét đầu tiên.', en: 'Genuine product, first scan.' };
    case 'genuine_seen_before':
      return {
        vi: `Chính hãng, đã được quét ${stamp?.scan_count ?? 0} lần; lần đầu ngày ${first ? formatVnDate(first, 'vi') : '?'}${where ? ` tại ${where}` : ''}.`,
        en: `Genuine, scanned ${stamp?.scan_count ?? 0} times; first on ${first ? formatVnDate(first, 'en') : '?'}${where ? ` in ${where}` : ''}.`,
      };
    case 'suspicious':
      return {
        vi: 'Cảnh báo: mã này bị quét quá nhiều lần hoặc ở nhiều tỉnh, có thể là hàng giả.',
        en: 'Warning: this code was scanned too often or in several provinces; it may be a copy.',
      };
    case 'void':
      return { vi: 'Tem này đã bị hủy, không còn giá trị.', en: 'This stamp has been voided.' };
    case 'certificate_expired':
      return {
        vi: 'Chứng nhận OCOP của sản phẩm đã hết hạn.',
        en: "The product's OCOP certificate has expired.",
      };
    case 'certificate_revoked':
      return {
        vi: 'Chứng nhận OCOP của sản phẩm đã bị thu hồi.',
        en: "The product's OCOP certificate has been revoked.",
      };
    case 'unknown':
      return {
        vi: 'Không tìm thấy mã này. Sản phẩm có thể là hàng giả.',
        en: 'This code is unknown. The product may be counterfeit.',
      };
  }
}
