import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  crockfordCheckSymbol,
  decodeCrockfordNumber,
  encodeCrockfordNumber,
  normalizeCrockford,
} from './crockford-base32';

const sample = '7ABCD0123456789XYZKMN';

describe('Crockford base 32', () => {
  it('has 32 symbols, none of I, L, O, U, all in the QR alphanumeric set', () => {
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CROCKFORD_ALPHABET).toMatch(/^[0-9A-Z]+$/);
  });

  it('reads any case and I, L, O as 1, 1, 0', () => {
    expect(normalizeCrockford('abc-')).toBeNull();
    expect(normalizeCrockford('aiLo')).toBe('A110');
    expect(normalizeCrockford('u')).toBeNull();
  });

  it('round-trips numbers', () => {
    for (const n of [0, 1, 31, 32, 1_048_575])
      expect(decodeCrockfordNumber(encodeCrockfordNumber(n, 4))).toBe(n);
  });

  it('catches every single wrong symbol', () => {
    const check = crockfordCheckSymbol(sample);
    for (let i = 0; i < sample.length; i++) {
      for (const c of CROCKFORD_ALPHABET) {
        if (c === sample[i]) continue;
        const typo = sample.slice(0, i) + c + sample.slice(i + 1);
        expect(crockfordCheckSymbol(typo), typo).not.toBe(check);
      }
    }
  });

  it('catches every swap of two different symbols, adjacent or not', () => {
    const check = crockfordCheckSymbol(sample);
    for (let i = 0; i < sample.length; i++) {
      for (let j = i + 1; j < sample.length; j++) {
        if (sample[i] === sample[j]) continue;
        const chars = [...sample];
        [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
        expect(crockfordCheckSymbol(chars.join(''))).not.toBe(check);
      }
    }
  });

  it('catches adjacent transpositions of every pair of symbols at every position', () => {
    for (let i = 0; i + 1 < 21; i++) {
      for (const a of CROCKFORD_ALPHABET) {
        for (const b of CROCKFORD_ALPHABET) {
          if (a === b) continue;
          const x = `${'0'.repeat(i)}${a}${b}${'0'.repeat(19 - i)}`;
          const y = `${'0'.repeat(i)}${b}${a}${'0'.repeat(19 - i)}`;
          expect(crockfordCheckSymbol(x)).not.toBe(crockfordCheckSymbol(y));
        }
      }
    }
  });
});
