import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET } from './crockford-base32';
import {
  createSerial,
  createSerialV2,
  createStampKey,
  isV2BatchCode,
  MAC_V2_BITS,
  MAX_SEQ_V2,
  normalizeSerialV2,
  parseSerial,
  productCodePrimaryKey,
  SERIAL_V2_LENGTH,
  serialVersion,
  verifySerial,
} from './stamp-code';

const secret = (fill: number) => Uint8Array.from({ length: 32 }, (_, i) => (fill * 31 + i * 7) & 255);
const keyA = createStampKey('A', secret(1));
const keyB = createStampKey('B', secret(2));
const keyring = new Map([keyA, keyB].map((k) => [k.id, k]));
const findKey = (id: string) => keyring.get(id);
const everyKey = new Map([...CROCKFORD_ALPHABET].map((id, i) => [id, createStampKey(id, secret(i + 10))]));
const findAnyKey = (id: string) => everyKey.get(id);

const primaryKey = fc.stringMatching(/^[A-Z0-9]{4,12}$/).map(productCodePrimaryKey);
const batch = fc.stringMatching(/^[A-Z0-9.-]{1,14}$/).filter(isV2BatchCode);
const seq = fc.integer({ min: 0, max: MAX_SEQ_V2 });
const stamp = fc.record({ primaryKey, batch, seq });
const key = fc.constantFrom(keyA, keyB);

describe('v2 serials (decision 016)', () => {
  it('carry at least 80 bits of MAC: 16 of their 22 symbols, 5 bits each', () => {
    expect(MAC_V2_BITS).toBeGreaterThanOrEqual(80);
    const serial = createSerialV2({ primaryKey: 'ocop:ABCD1234', batch: 'L1', seq: 7 }, keyA);
    expect(parseSerial(serial)?.mac.length).toBe(16);
    expect(16 * 5).toBe(MAC_V2_BITS);
    // The MAC is the first 80 bits of HMAC-SHA-256 over the v2 input.
    const digest = createHmac('sha256', keyA.secret).update('v2|ocop:ABCD1234|L1|A|7').digest();
    const bits = [...digest.subarray(0, 10)].map((b) => b.toString(2).padStart(8, '0')).join('');
    const expected = (bits.match(/.{5}/g) ?? []).map((b) => CROCKFORD_ALPHABET.charAt(Number.parseInt(b, 2)));
    expect(parseSerial(serial)?.mac).toBe(expected.join(''));
  });

  it('round-trip: 22 upper-case Crockford symbols that verify with their seq and key', () => {
    fc.assert(
      fc.property(stamp, key, (s, k) => {
        const serial = createSerialV2(s, k);
        expect(serial).toMatch(new RegExp(`^[${CROCKFORD_ALPHABET}]{${SERIAL_V2_LENGTH}}$`));
        expect(serialVersion(serial)).toBe(2);
        expect(verifySerial({ ...s, serial }, findKey)).toEqual({ ok: true, seq: s.seq, keyId: k.id });
      }),
    );
  });

  it('are read in any case and with I, L, O for 1, 1, 0', () => {
    const s = { primaryKey: 'ocop:ABCD1234', batch: 'LOT-26.01', seq: 12345 };
    const serial = createSerialV2(s, keyA);
    const sloppy = serial.toLowerCase().replaceAll('1', 'l').replaceAll('0', 'o');
    expect(verifySerial({ ...s, serial: sloppy }, findKey)).toEqual({ ok: true, seq: 12345, keyId: 'A' });
    expect(normalizeSerialV2(sloppy)).toBe(serial);
  });

  it('reject every single-symbol typo and every adjacent transposition by the check symbol alone', () => {
    const serial = createSerialV2({ primaryKey: 'ocop:ABCD1234', batch: 'L1', seq: 99 }, keyA);
    for (let i = 0; i < serial.length; i++) {
      for (const c of CROCKFORD_ALPHABET) {
        if (c === serial[i]) continue;
        expect(normalizeSerialV2(serial.slice(0, i) + c + serial.slice(i + 1))).toBeNull();
      }
      if (i + 1 < serial.length && serial[i] !== serial[i + 1]) {
        const swapped = serial.slice(0, i) + serial[i + 1] + serial[i] + serial.slice(i + 2);
        expect(normalizeSerialV2(swapped)).toBeNull();
      }
    }
  });

  it('reject forgeries: a right check symbol over a wrong MAC, seq or key id', () => {
    fc.assert(
      fc.property(stamp, fc.stringMatching(new RegExp(`^[${CROCKFORD_ALPHABET}]{21}$`)), (s, body) => {
        const forged = body + checkOf(body);
        const genuine = createSerialV2(s, everyKey.get(body.charAt(0)) as never);
        fc.pre(forged !== genuine);
        expect(verifySerial({ ...s, serial: forged }, findAnyKey)).toEqual({ ok: false, reason: 'bad_mac' });
      }),
    );
  });

  it('are bound to their product and batch', () => {
    const s = { primaryKey: 'ocop:ABCD1234', batch: 'L1', seq: 5 };
    const serial = createSerialV2(s, keyA);
    expect(verifySerial({ ...s, batch: 'L2', serial }, findKey)).toEqual({ ok: false, reason: 'bad_mac' });
    expect(verifySerial({ ...s, primaryKey: 'ocop:ABCD1235', serial }, findKey)).toEqual({
      ok: false,
      reason: 'bad_mac',
    });
  });

  it('never verify as v1 and v1 serials keep verifying, case untouched', () => {
    fc.assert(
      fc.property(
        fc.record({ primaryKey, batch: fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/), seq }),
        key,
        (s, k) => {
          const v1 = createSerial(s, k);
          expect(serialVersion(v1)).toBe(1);
          expect(verifySerial({ ...s, serial: v1 }, findKey).ok).toBe(true);
          if (v1 !== v1.toUpperCase()) {
            expect(verifySerial({ ...s, serial: v1.toUpperCase() }, findKey).ok).toBe(false);
          }
        },
      ),
    );
  });

  it('need a batch code of 1–14 QR-alphanumeric symbols and a Crockford key id', () => {
    expect(isV2BatchCode('LOT-2026.01-AB')).toBe(true);
    expect(isV2BatchCode('LOT-2026.01-ABC')).toBe(false);
    expect(isV2BatchCode('lot1')).toBe(false);
    expect(isV2BatchCode('LOT_1')).toBe(false);
    expect(isV2BatchCode('..')).toBe(false);
    const s = { primaryKey: 'ocop:ABCD1234', seq: 1 };
    expect(() => createSerialV2({ ...s, batch: 'lot_1' }, keyA)).toThrow(/cannot carry v2/);
    expect(() => createSerialV2({ ...s, batch: 'L1' }, createStampKey('a', secret(3)))).toThrow(
      /v2 stamp key id/,
    );
    expect(() => createSerialV2({ ...s, batch: 'L1', seq: MAX_SEQ_V2 + 1 }, keyA)).toThrow(/sequence/);
  });
});

function checkOf(body: string): string {
  const normal = normalizeSerialV2(`${body}0`);
  if (normal) return '0';
  for (const c of CROCKFORD_ALPHABET) if (normalizeSerialV2(body + c)) return c;
  throw new Error('no check symbol');
}
