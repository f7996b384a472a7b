// VND has no minor unit (ISO 4217: 0 decimals), so amounts are integer đồng end to end and a
// fraction is always a bug upstream, never something to round away here.

const NBSP = '\u00a0';

/** '125.000 ₫' as written in Vietnam: dot thousands and a no-break space so ₫ never wraps alone. */
export function formatVnd(dong: number | bigint): string {
  if (typeof dong === 'number' && !Number.isSafeInteger(dong)) {
    throw new RangeError(`VND amount must be a safe integer number of đồng, got ${dong}`);
  }
  const digits = String(dong < 0 ? -dong : dong);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${dong < 0 ? '-' : ''}${grouped}${NBSP}₫`;
}

// Sellers type prices many ways; these are the currency marks we accept around the number.
const CURRENCY_MARK = /^(?:₫|đ|vnđ|vnd|đồng)$/i;
const PLAIN_DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/** Reads '125.000 ₫', '125000', '125.000đ' or '125,000 VND' as 125000. Throws on anything else. */
export function parseVnd(text: string): number {
  const match = /^\s*(-?)\s*([\d.,]+)\s*(\S*)\s*$/u.exec(text.normalize('NFC'));
  const [, sign, amount = '', mark = ''] = match ?? [];
  if (!match || (mark !== '' && !CURRENCY_MARK.test(mark))) {
    throw new RangeError(`Not a VND amount: "${text}"`);
  }
  // A separator followed by anything but exactly three digits would be a decimal part, which
  // VND does not have ('12,50' is a typo, not twelve and a half đồng).
  if (!PLAIN_DIGITS.test(amount) && !GROUPED_DIGITS.test(amount)) {
    throw new RangeError(`Not a whole number of đồng: "${text}"`);
  }
  const value = Number(amount.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) throw new RangeError(`VND amount too large: "${text}"`);
  return sign === '-' && value !== 0 ? -value : value;
}
