import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, isValidGtin, toGtin14 } from './gtin';

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
