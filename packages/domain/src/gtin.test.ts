import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyPrefixProblem,
  gtinCheckDigit,
  gtinFromCompanyPrefix,
  isUnderCompanyPrefix,
  isValidGtin,
  itemReferenceCapacity,
  toGtin14,
} from './gtin';

// Published examples: a STABILO pen (EAN-13), GS1's own EAN-13/EAN-8 examples, a UPC-A
// (Wrigley's), and the GTIN-14 used throughout the GS1 Digital Link standard.
const REAL_GTINS = ['4006381333931', '5901234123457', '96385074', '036000291452', '09506000134352'];

describe('gtinCheckDigit', () => {
  it.each([
    ['400638133393', 1],
    ['590123412345', 7],
    ['9638507', 4],
    ['03600029145', 2],
    ['0950600013435', 2],
  ])('%s → %d', (body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit);
  });

  it.each(['', 'abc', '12 34', '123456789012345678'])('rejects %j', (body) => {
    expect(() => gtinCheckDigit(body)).toThrow(RangeError);
  });
});

describe('isValidGtin', () => {
  it.each(REAL_GTINS)('accepts the real GTIN %s', (gtin) => {
    expect(isValidGtin(gtin)).toBe(true);
  });

  it.each([
    '4006381333932',
    '5901234123458',
    '96385075',
    '036000291453',
    '09506000134353',
    '400638133393',
    '123456789',
    '400638133393a',
    ' 4006381333931',
    '',
  ])('rejects %j', (gtin) => {
    expect(isValidGtin(gtin)).toBe(false);
  });

  it('catches every single-digit typo', () => {
    const gtinBody = fc.stringMatching(/^\d{13}$/);
    fc.assert(
      fc.property(gtinBody, fc.nat(13), fc.integer({ min: 1, max: 9 }), (body, position, shift) => {
        const gtin = body + gtinCheckDigit(body);
        const digit = (Number(gtin[position]) + shift) % 10;
        const typo = gtin.slice(0, position) + digit + gtin.slice(position + 1);
        expect(isValidGtin(gtin)).toBe(true);
        expect(isValidGtin(typo)).toBe(false);
      }),
    );
  });
});

describe('toGtin14', () => {
  it('left-pads shorter GTINs with zeros', () => {
    expect(toGtin14('4006381333931')).toBe('04006381333931');
    expect(toGtin14('036000291452')).toBe('00036000291452');
    expect(toGtin14('96385074')).toBe('00000096385074');
    expect(toGtin14('09506000134352')).toBe('09506000134352');
  });

  it('keeps the padded form valid', () => {
    for (const gtin of REAL_GTINS) expect(isValidGtin(toGtin14(gtin))).toBe(true);
  });

  it('throws on an invalid GTIN', () => {
    expect(() => toGtin14('4006381333932')).toThrow(RangeError);
  });
});

describe('gtinFromCompanyPrefix', () => {
  // The real GTINs above, rebuilt from their company prefix and item reference.
  it.each([
    ['5901234', 12345, '5901234123457'],
    ['400638', 133393, '4006381333931'],
    ['9506000', 13435, '9506000134352'],
    ['8934567', 0, '8934567000000'],
    ['89345678901', 9, '8934567890199'],
  ])('%s + %d → %s', (prefix, itemReference, gtin) => {
    expect(gtinFromCompanyPrefix(prefix, itemReference)).toBe(gtin);
    expect(isValidGtin(gtin)).toBe(true);
  });

  it('pads the item reference to fill twelve digits before the check digit', () => {
    expect(gtinFromCompanyPrefix('893456', 42)).toBe(`893456000042${gtinCheckDigit('893456000042')}`);
  });

  it('holds 10^(12 − prefix length) item references and refuses one more', () => {
    expect(itemReferenceCapacity('893456')).toBe(1_000_000);
    expect(itemReferenceCapacity('8934567')).toBe(100_000);
    expect(itemReferenceCapacity('89345678901')).toBe(10);
    expect(gtinFromCompanyPrefix('893456', 999_999)).toMatch(/^893456999999\d$/);
    expect(() => gtinFromCompanyPrefix('893456', 1_000_000)).toThrow(RangeError);
    expect(() => gtinFromCompanyPrefix('89345678901', 10)).toThrow(/from 0 to 9, got 10/);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the item reference %d', (n) => {
    expect(() => gtinFromCompanyPrefix('8934567', n)).toThrow(RangeError);
  });

  it('gives every item reference a distinct valid GTIN under the prefix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999 }), (a, b) => {
        const gtinA = gtinFromCompanyPrefix('8934567', a);
        expect(isValidGtin(gtinA)).toBe(true);
        expect(isUnderCompanyPrefix(gtinA, '8934567')).toBe(true);
        expect(gtinA === gtinFromCompanyPrefix('8934567', b)).toBe(a === b);
      }),
    );
  });
});

describe('companyPrefixProblem', () => {
  it.each(['893456', '8934567', '89345678901', '950600', '0614141'])('accepts %s', (prefix) => {
    expect(companyPrefixProblem(prefix)).toBeNull();
  });

  it.each([
    ['', /digits only/],
    ['89345a', /digits only/],
    [' 893456', /digits only/],
    ['89345', /6 to 11 digits, got 5/],
    ['893456789012', /6 to 11 digits, got 12/],
    ['0000012', /not a company prefix/],
    ['0212345', /restricted-circulation/],
    ['0412345', /restricted-circulation/],
    ['2501234', /restricted-circulation/],
    ['9781234', /ISSN\/ISBN/],
    ['9812345', /coupon/],
    ['9912345', /coupon/],
  ])('refuses %j', (prefix, problem) => {
    expect(companyPrefixProblem(prefix)).toMatch(problem);
    expect(() => gtinFromCompanyPrefix(prefix, 0)).toThrow(RangeError);
  });
});

describe('isUnderCompanyPrefix', () => {
  it('reads the prefix after the indicator digit of any GTIN length', () => {
    expect(isUnderCompanyPrefix('5901234123457', '5901234')).toBe(true);
    expect(isUnderCompanyPrefix('05901234123457', '5901234')).toBe(true);
    expect(isUnderCompanyPrefix('15901234123454', '5901234')).toBe(true);
    expect(isUnderCompanyPrefix('036000291452', '0036000')).toBe(true);
    expect(isUnderCompanyPrefix('4006381333931', '5901234')).toBe(false);
    expect(isUnderCompanyPrefix('96385074', '963850')).toBe(false);
  });
});
