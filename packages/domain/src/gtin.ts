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
