import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigitalLinkPath } from './digital-link-path';
import { gtinCheckDigit } from './gtin';
import { isValidBatchCode } from './stamp-code';
import { parseStampPath } from './stamp-path';

const GTIN = '09506000134352';
const SERIAL = 'AAAAAB0123456789abcd';
const AI_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;

const parse = (path: string) => {
  const result = parseDigitalLinkPath(path);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('parseDigitalLinkPath', () => {
  it('reads the product alone (/01/{gtin}), padding shorter GTINs to 14 digits', () => {
    expect(parse('/01/9506000134352')).toMatchObject({
      scheme: 'gtin',
      gtin14: GTIN,
      primaryKey: `01:${GTIN}`,
      canonicalPath: `/01/${GTIN}`,
      productPath: `/01/${GTIN}`,
      stamp: null,
    });
  });

  it('reads a serial without a batch, and a consumer product variant, without a stamp', () => {
    expect(parse(`/01/${GTIN}/21/${SERIAL}`)).toMatchObject({ serial: SERIAL, stamp: null });
    expect(parse(`/01/${GTIN}/22/2A/10/L1`)).toMatchObject({ cpv: '2A', batch: 'L1', stamp: null });
  });

  it('gives the stamp of our printed shapes exactly as parseStampPath does', () => {
    for (const path of [`/01/${GTIN}/10/LOT-1`, `/01/${GTIN}/10/LOT-1/21/${SERIAL}`, '/ocop/AG0001/10/L.1']) {
      const stamp = parseStampPath(path);
      expect(stamp.ok).toBe(true);
      expect(parse(path).stamp).toEqual(stamp.ok && stamp.value);
    }
  });

  it('accepts every AI-82 character in a batch, percent-encoded or not', () => {
    const batch = `!"%&'()*+,-./:;<=>?_`;
    const value = parse(`/01/${GTIN}/10/${encodeURIComponent(batch)}/21/S1`);
    expect(value).toMatchObject({ batch, serial: 'S1', stamp: null });
    expect(value.canonicalPath).toBe(`/01/${GTIN}/10/${encodeURIComponent(batch)}/21/S1`);
    // Lowercase hex is the same character.
    expect(parse(`/01/${GTIN}/10/A%2fB`).batch).toBe('A/B');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...AI_82), { minLength: 1, maxLength: 20 }), (chars) => {
        const b = chars.join('');
        const parsed = parse(`/01/${GTIN}/10/${encodeURIComponent(b)}`);
        expect(parsed.batch).toBe(b);
        // A stamp only when the batch is one we could have printed.
        expect(parsed.stamp !== null).toBe(isValidBatchCode(b));
      }),
    );
  });

  it('tolerates a trailing slash', () => {
    expect(parse(`/01/${GTIN}/10/L1/`).canonicalPath).toBe(`/01/${GTIN}/10/L1`);
    expect(parse(`/01/${GTIN}/`).canonicalPath).toBe(`/01/${GTIN}`);
  });

  it('refuses what is not GS1 Digital Link syntax', () => {
    const body = '950600013435';
    const wrongCheck = body + ((gtinCheckDigit(body) + 1) % 10);
    for (const bad of [
      '/01/12345',
      `/01/${wrongCheck}`,
      '/01/x',
      `/01/${GTIN}/10`,
      `/01/${GTIN}/10/`,
      `/01/${GTIN}/21/S/10/L`,
      `/01/${GTIN}/10/L/10/M`,
      `/01/${GTIN}/17/261231`,
      `/01/${GTIN}/10/${'x'.repeat(21)}`,
      `/01/${GTIN}/10/${encodeURIComponent('lô')}`,
      `/01/${GTIN}/10/a%ZZ`,
      `/01/${GTIN}/10/L1/foo`,
      '/02/09506000134352',
      '/ocop/lower/10/L1',
      '/ocop/AG0001',
    ]) {
      expect(parseDigitalLinkPath(bad).ok, bad).toBe(false);
    }
  });

  it('keeps values case-sensitive', () => {
    expect(parse(`/01/${GTIN}/10/ab`).batch).toBe('ab');
    expect(parse(`/01/${GTIN}/10/AB`).batch).toBe('AB');
  });
});
