import type { Verdict } from '@ocop/contracts';
import { formatVnDate } from '@ocop/domain';

/** The sentence a person reads under the verdict, in Vietnamese first and English. */
export function verdictMessage(
  verdict: Verdict,
  _batchLevel: boolean,
  stamp?: { first_scan_at: Date | null; first_scan_province: string | null; scan_count: number },
): { vi: string; en: string } {
  const first = stamp?.first_scan_at;
  const where = stamp?.first_scan_province;
  switch (verdict) {
    case 'genuine':
      return { vi: 'Sản phẩm chính hãng, lần quét đầu tiên.', en: 'Genuine product, first scan.' };
    case 'batch_info':
      return {
        vi: 'Đây là mã của cả lô hàng: thông tin dưới đây là của lô đã đăng ký, nhưng mã lô có thể bị sao chép. Chỉ tem có số sê-ri trên từng gói mới chứng minh gói hàng là thật.',
        en: 'This is the code of a whole batch: the details below are of the registered batch, but a batch code can be copied. Only the serial stamp on each pack proves that the pack is genuine.',
      };
    case 'genuine_seen_before':
      return {
        vi: `Chính hãng, đã được quét ${stamp?.scan_count ?? 0} lần; lần đầu ngày ${first ? formatVnDate(first, 'vi') : '?'}${where ? ` tại ${where}` : ''}.`,
        en: `Genuine, scanned ${stamp?.scan_count ?? 0} times; first on ${first ? formatVnDate(first, 'en') : '?'}${where ? ` in ${where}` : ''}.`,
      };
    case 'suspicious':
      return {
        vi: 'Cảnh báo: mã này đã được quét từ nhiều mạng ở nhiều nơi khác nhau, có thể đã bị sao chép lên hàng giả.',
        en: 'Warning: this code was scanned from networks in too many places; it may have been copied onto fakes.',
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
