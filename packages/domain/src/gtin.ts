// GS1 identification keys end in a mod-10 check digit; rejecting a bad one at the edge catches
// mistyped and misprinted barcodes before they reach the database or a stamp.

const GTIN = /^(?:\d{8}|\d{12}|\d{13}|\d{14})$/;

/** GS1 mod-10 check digit of the digits before it (weights 3,1,3,… from the right). */
export function gtinCheckDigit(body: string): number {
  if (!/^\d{1,17}$/.test(body)) {
    throw new RangeError(`GTIN body must be 1 to 17 digits, got "${body}"`);
  }
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** GTIN-8, -12 (UPC-A), -13 (EAN-13) or -14 with a correct check digit. */
export function isValidGtin(s: string): boolean {
  return GTIN.test(s) && gtinCheckDigit(s.slice(0, -1)) === Number(s.slice(-1));
}

/** The 14-digit form GS1 Digital Link uses in AI (01); shorter GTINs are left-padded with zeros. */
export function toGtin14(s: string): string {
  if (!isValidGtin(s)) throw new RangeError(`Not a valid GTIN: "${s}"`);
  return s.padStart(14, '0');
}

// A GS1 member (the platform operator, decision 017) numbers its trade items from its licensed
// company prefix. In a GTIN-13 the prefix and the item reference share 12 digits, so a prefix of
// 6 to 11 digits leaves 1,000,000 to 10 item references.
export const COMPANY_PREFIX_MIN_LENGTH = 6;
export const COMPANY_PREFIX_MAX_LENGTH = 11;

// Ranges that never start a trade item's GTIN-13 (GS1 General Specifications, the GS1 prefix
// list): 00000 (GTIN-8s in a 13-digit field), restricted circulation numbers (020–029, 040–049,
// 200–299), ISSN and ISBN (977–979), refund receipts and coupons (980–999).
const NOT_A_COMPANY_PREFIX = /^(?:00000|0[24]|2|97[7-9]|9[89])/;

/** Why a string cannot be a company prefix to allocate GTIN-13s from; null when it can. */
export function companyPrefixProblem(prefix: string): string | null {
  if (typeof prefix !== 'string' || !/^\d+$/.test(prefix)) return 'a GS1 company prefix is digits only';
  if (prefix.length < COMPANY_PREFIX_MIN_LENGTH || prefix.length > COMPANY_PREFIX_MAX_LENGTH) {
    return `a company prefix for GTIN-13s has ${COMPANY_PREFIX_MIN_LENGTH} to ${COMPANY_PREFIX_MAX_LENGTH} digits, got ${prefix.length}`;
  }
  if (NOT_A_COMPANY_PREFIX.test(prefix)) {
    return `${prefix} starts a GTIN-8, restricted-circulation, ISSN/ISBN or coupon range, not a company prefix`;
  }
  return null;
}

/** How many GTIN-13s a company prefix holds: one per item reference of 12 − its length digits. */
export function itemReferenceCapacity(prefix: string): number {
  const problem = companyPrefixProblem(prefix);
  if (problem) throw new RangeError(problem);
  return 10 ** (12 - prefix.length);
}

/**
 * The GTIN-13 of item reference `itemReference` under a company prefix: the prefix, the item
 * reference zero-padded to fill 12 digits, and the check digit.
 */
export function gtinFromCompanyPrefix(prefix: string, itemReference: number): string {
  const capacity = itemReferenceCapacity(prefix);
  if (!Number.isSafeInteger(itemReference) || itemReference < 0 || itemReference >= capacity) {
    throw new RangeError(
      `An item reference under ${prefix} is an integer from 0 to ${capacity - 1}, got ${itemReference}`,
    );
  }
  const body = prefix + String(itemReference).padStart(12 - prefix.length, '0');
  return body + gtinCheckDigit(body);
}

/** Whether a GTIN (any length, any packaging level) was allocated under a company prefix. */
export function isUnderCompanyPrefix(gtin: string, prefix: string): boolean {
  // GTIN-14 = indicator digit + the 13 digits a GTIN-13 (or a zero-padded GTIN-12) has.
  return companyPrefixProblem(prefix) === null && toGtin14(gtin).slice(1).startsWith(prefix);
}
