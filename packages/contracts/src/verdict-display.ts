import type { Verdict } from './verdict';

/** How a verdict looks to the person scanning: green is safe to buy, red is not, amber is "look". */
export type VerdictTone = 'green' | 'amber' | 'red' | 'info';

/**
 * The verdict's headline, the same on the storefront's verify page and the registry's own page
 * (when no storefront is configured): Vietnamese first, English beside it.
 */
export const VERDICT_DISPLAY: Readonly<Record<Verdict, { tone: VerdictTone; vi: string; en: string }>> = {
  genuine: { tone: 'green', vi: 'Hàng thật', en: 'Genuine' },
  genuine_seen_before: {
    tone: 'amber',
    vi: 'Tem này đã được quét trước đây',
    en: 'This stamp has been scanned before',
  },
  batch_info: { tone: 'info', vi: 'Thông tin lô hàng', en: 'Batch information' },
  suspicious: { tone: 'red', vi: 'Nghi ngờ tem giả', en: 'Suspected fake stamp' },
  void: { tone: 'red', vi: 'Tem đã bị huỷ', en: 'This stamp was voided' },
  unknown: { tone: 'red', vi: 'Không tìm thấy tem', en: 'Stamp not found' },
  certificate_expired: { tone: 'red', vi: 'Chứng nhận OCOP đã hết hạn', en: 'OCOP certificate expired' },
  certificate_revoked: { tone: 'red', vi: 'Chứng nhận OCOP đã bị thu hồi', en: 'OCOP certificate revoked' },
};

/** The headlines in one language, keyed by verdict (the storefront's i18n tables). */
export function verdictHeadlines(lang: 'vi' | 'en'): Record<Verdict, string> {
  return Object.fromEntries(Object.entries(VERDICT_DISPLAY).map(([v, d]) => [v, d[lang]])) as Record<
    Verdict,
    string
  >;
}
