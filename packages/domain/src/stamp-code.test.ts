import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from './gtin';
import {
  createSerial,
  createStampKey,
  gtinPrimaryKey,
  isValidBatchCode,
  isValidProductCode,
  MAX_SEQ,
  PLATFORM_PREFIX,
  parseSerial,
  productCodePrimaryKey,
  SERIAL_ALPHABET,
  SERIAL_LENGTH,
  type StampKey,
  verifySerial,
} from './stamp-code';

const secret = (fill: number) => Uint8Array.from({ length: 32 }, (_, i) => (fill * 31 + i * 7) & 255);
const keyA = createStampKey('A', secret(1));
const keyB = createStampKey('B', secret(2));
const keyring = new Map([keyA, keyB].map((k) => [k.id, k]));
const findKey = (id: string) => keyring.get(id);
// A key for every possible id, so a forged serial can only fail on its MAC.
const everyKey = new Map([...SERIAL_ALPHABET].map((id, i) => [id, createStampKey(id, secret(i + 10))]));
const findAnyKey = (id: string) => everyKey.get(id);

const gtin13 = fc.stringMatching(/^\d{12}$/).map((body) => body + gtinCheckDigit(body));
const primaryKey = fc.oneof(
  gtin13.map(gtinPrimaryKey),
  fc.stringMatching(/^[A-Z0-9]{4,12}$/).map(productCodePrimaryKey),
);
const batch = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
const seq = fc.integer({ min: 0, max: MAX_SEQ });
const key = fc.constantFrom(keyA, keyB);
const alphabetChar = fc.constantFrom(...SERIAL_ALPHABET);
const stamp = fc.record({ primaryKey, batch, seq });

// GS1 General Specifications, figure 7.11-1: the characters allowed in AI (21) and (10).
const AI_82 = new Set([
  ...'!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz',
]);

/** Independent restatement of the layout, built on node:crypto, to pin the format down. */
function referenceSerial(input: { primaryKey: string; batch: string; seq: number }, k: StampKey): string {
  const toChars = (bits: string) =>
    (bits.match(/.{6}/g) ?? []).map((b) => SERIAL_ALPHABET[parseInt(b, 2)]).join('');
  const digest = createHmac('sha256', k.secret)
    .update(`v1|${input.primaryKey}|${input.batch}|${k.id}|${input.seq}`)
    .digest();
  const digestBits = [...digest].map((b) => b.toString(2).padStart(8, '0')).join('');
  return k.id + toChars(input.seq.toString(2).padStart(30, '0')) + toChars(digestBits.slice(0, 84));
}

describe('serial alphabet', () => {
  it('is base64url: 64 distinct characters, all allowed in GS1 AI 82 and unreserved in URLs', () => {
    expect(new Set(SERIAL_ALPHABET).size).toBe(64);
    for (const c of SERIAL_ALPHABET) {
      expect(AI_82.has(c)).toBe(true);
      expect(encodeURIComponent(c)).toBe(c);
    }
  });

  it('fits the 20-character limit of AI 21', () => {
    expect(SERIAL_LENGTH).toBe(20);
    expect(MAX_SEQ).toBe(2 ** 30 - 1);
  });
});

describe('createStampKey', () => {
  it('accepts a one-character id and a secret of at least 32 bytes', () => {
    const k = createStampKey('_', new Uint8Array(64));
    expect(k.id).toBe('_');
    expect(k.secret).toHaveLength(64);
  });

  it.each(['', 'AB', '+', '/', '=', 'đ'])('rejects the id %j', (id) => {
    expect(() => createStampKey(id, secret(1))).toThrow(RangeError);
  });

  it('rejects a secret shorter than 32 bytes', () => {
    expect(() => createStampKey('A', new Uint8Array(31))).toThrow(/at least 32 bytes/);
  });

  it('copies the secret so later changes to the caller buffer do not affect it', () => {
    const raw = secret(5);
    const k = createStampKey('C', raw);
    raw.fill(0);
    expect(k.secret).toEqual(secret(5));
  });
});

describe('createSerial', () => {
  it('follows the documented layout exactly', () => {
    fc.assert(
      fc.property(stamp, key, (input, k) => {
        expect(createSerial(input, k)).toBe(referenceSerial(input, k));
      }),
    );
  });

  it('encodes the sequence big-endian in characters 2–6', () => {
    const base = { primaryKey: productCodePrimaryKey('AG0001'), batch: 'L1' };
    expect(createSerial({ ...base, seq: 0 }, keyA).slice(0, 6)).toBe('AAAAAA');
    expect(createSerial({ ...base, seq: 1 }, keyA).slice(0, 6)).toBe('AAAAAB');
    expect(createSerial({ ...base, seq: 64 }, keyA).slice(0, 6)).toBe('AAAABA');
    expect(createSerial({ ...base, seq: MAX_SEQ }, keyB).slice(0, 6)).toBe('B_____');
  });

  it('produces distinct serials for distinct units of a batch', () => {
    const base = { primaryKey: gtinPrimaryKey('4006381333931'), batch: 'LOT-2025-01' };
    const serials = new Set(
      Array.from({ length: 10_000 }, (_, i) => createSerial({ ...base, seq: i }, keyA)),
    );
    expect(serials.size).toBe(10_000);
  });

  it.each([
    ['a negative sequence', { seq: -1 }],
    ['a sequence above MAX_SEQ', { seq: MAX_SEQ + 1 }],
    ['a fractional sequence', { seq: 1.5 }],
    ['an empty batch', { batch: '' }],
    ['a batch of 21 characters', { batch: 'B'.repeat(21) }],
    ['a batch with "|"', { batch: 'A|B' }],
    ['an empty primary key', { primaryKey: '' }],
    ['a primary key with "|"', { primaryKey: 'ocop:A|B' }],
    ['a non-ASCII primary key', { primaryKey: 'ocop:MẮM1' }],
  ])('rejects %s', (_label, change) => {
    const input = { primaryKey: productCodePrimaryKey('AG0001'), batch: 'L1', seq: 1, ...change };
    expect(() => createSerial(input, keyA)).toThrow(RangeError);
  });

  it('rejects a hand-made key with a bad id or a short secret', () => {
    const input = { primaryKey: 'ocop:AG0001', batch: 'L1', seq: 1 };
    expect(() => createSerial(input, { id: 'AA', secret: secret(1) })).toThrow(RangeError);
    expect(() => createSerial(input, { id: 'Z', secret: new Uint8Array(16) })).toThrow(RangeError);
  });
});

describe('parseSerial', () => {
  it('splits a serial into key id, sequence and MAC', () => {
    const serial = createSerial({ primaryKey: 'ocop:AG0001', batch: 'L1', seq: 123_456_789 }, keyB);
    expect(parseSerial(serial)).toEqual({ keyId: 'B', seq: 123_456_789, mac: serial.slice(6), version: 1 });
  });

  it.each([
    ['too short', 'A'.repeat(19)],
    ['too long', 'A'.repeat(21)],
    ['empty', ''],
    ['with "+"', `${'A'.repeat(19)}+`],
    ['with "/"', `${'A'.repeat(19)}/`],
    ['with "="', `${'A'.repeat(19)}=`],
    ['with a space', `${'A'.repeat(19)} `],
    ['with a Vietnamese letter', `${'A'.repeat(19)}đ`],
  ])('returns null when %s', (_label, serial) => {
    expect(parseSerial(serial)).toBeNull();
  });

  it('returns null for a non-string', () => {
    expect(parseSerial(undefined as unknown as string)).toBeNull();
  });
});

describe('verifySerial', () => {
  it('accepts every serial it created', () => {
    fc.assert(
      fc.property(stamp, key, (input, k) => {
        const serial = createSerial(input, k);
        expect(serial).toHaveLength(SERIAL_LENGTH);
        expect(verifySerial({ ...input, serial }, findKey)).toEqual({
          ok: true,
          seq: input.seq,
          keyId: k.id,
        });
      }),
    );
  });

  it('rejects any single-character change', () => {
    fc.assert(
      fc.property(stamp, key, fc.nat(SERIAL_LENGTH - 1), alphabetChar, (input, k, position, replacement) => {
        const serial = createSerial(input, k);
        fc.pre(serial[position] !== replacement);
        const forged = serial.slice(0, position) + replacement + serial.slice(position + 1);
        expect(verifySerial({ ...input, serial: forged }, findKey).ok).toBe(false);
        expect(verifySerial({ ...input, serial: forged }, findAnyKey).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects random serials with bad_mac even when every key id is known', () => {
    const randomSerial = fc
      .array(alphabetChar, { minLength: SERIAL_LENGTH, maxLength: SERIAL_LENGTH })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(primaryKey, batch, randomSerial, (pk, b, serial) => {
        expect(verifySerial({ primaryKey: pk, batch: b, serial }, findAnyKey)).toEqual({
          ok: false,
          reason: 'bad_mac',
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts a serial on another batch', () => {
    fc.assert(
      fc.property(stamp, batch, key, (input, otherBatch, k) => {
        fc.pre(otherBatch !== input.batch);
        const serial = createSerial(input, k);
        expect(verifySerial({ ...input, batch: otherBatch, serial }, findKey)).toEqual({
          ok: false,
          reason: 'bad_mac',
        });
      }),
    );
  });

  it('never accepts a serial on another product', () => {
    fc.assert(
      fc.property(stamp, primaryKey, key, (input, otherKey, k) => {
        fc.pre(otherKey !== input.primaryKey);
        const serial = createSerial(input, k);
        expect(verifySerial({ ...input, primaryKey: otherKey, serial }, findKey).ok).toBe(false);
      }),
    );
  });

  it('treats a GTIN-13 and its GTIN-14 form as the same product', () => {
    const serial = createSerial({ primaryKey: gtinPrimaryKey('4006381333931'), batch: 'L1', seq: 7 }, keyA);
    const check = verifySerial(
      { primaryKey: gtinPrimaryKey('04006381333931'), batch: 'L1', serial },
      findKey,
    );
    expect(check.ok).toBe(true);
  });

  it('reports an unknown key id', () => {
    fc.assert(
      fc.property(stamp, (input) => {
        const serial = createSerial(input, createStampKey('Q', secret(9)));
        expect(verifySerial({ ...input, serial }, findKey)).toEqual({ ok: false, reason: 'unknown_key' });
      }),
    );
  });

  it('rejects a serial checked with the wrong secret for its key id', () => {
    fc.assert(
      fc.property(stamp, (input) => {
        const serial = createSerial(input, keyA);
        const impostor = createStampKey('A', secret(3));
        expect(verifySerial({ ...input, serial }, () => impostor)).toEqual({ ok: false, reason: 'bad_mac' });
      }),
    );
  });

  it('does not trust a key lookup that returns a key with another id', () => {
    const input = { primaryKey: 'ocop:AG0001', batch: 'L1', seq: 3 };
    const serial = createSerial(input, keyA);
    expect(verifySerial({ ...input, serial }, () => keyB)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('reports malformed serials, batches and primary keys before looking up keys', () => {
    const input = { primaryKey: 'ocop:AG0001', batch: 'L1', seq: 3 };
    const serial = createSerial(input, keyA);
    const lookups: string[] = [];
    const spyKey = (id: string) => {
      lookups.push(id);
      return findKey(id);
    };
    const malformed = { ok: false, reason: 'malformed' };
    expect(verifySerial({ ...input, serial: serial.slice(1) }, spyKey)).toEqual(malformed);
    expect(verifySerial({ ...input, serial: `${serial.slice(1)}+` }, spyKey)).toEqual(malformed);
    expect(verifySerial({ ...input, batch: 'L|1', serial }, spyKey)).toEqual(malformed);
    expect(verifySerial({ ...input, primaryKey: 'ocop|AG0001', serial }, spyKey)).toEqual(malformed);
    expect(lookups).toEqual([]);
  });
});

describe('primary keys and codes', () => {
  it('prefixes GTINs with their AI in 14-digit form', () => {
    expect(gtinPrimaryKey('09506000134352')).toBe('01:09506000134352');
    expect(gtinPrimaryKey('4006381333931')).toBe('01:04006381333931');
    expect(() => gtinPrimaryKey('4006381333932')).toThrow(RangeError);
  });

  it('prefixes platform product codes with ocop', () => {
    expect(PLATFORM_PREFIX).toBe('ocop');
    expect(productCodePrimaryKey('AG0123')).toBe('ocop:AG0123');
    expect(() => productCodePrimaryKey('ag0123')).toThrow(RangeError);
  });

  it.each([
    ['A', true],
    ['LOT-2025.01_b', true],
    ['12345678901234567890', true],
    ['123456789012345678901', false],
    ['', false],
    ['LOT 1', false],
    ['LOT/1', false],
    ['LÔ1', false],
  ])('isValidBatchCode(%j) is %s', (code, valid) => {
    expect(isValidBatchCode(code)).toBe(valid);
  });

  it.each([
    ['AG01', true],
    ['AG0123456789', true],
    ['AG1', false],
    ['AG01234567890', false],
    ['ag0123', false],
    ['AG-0123', false],
    ['', false],
  ])('isValidProductCode(%j) is %s', (code, valid) => {
    expect(isValidProductCode(code)).toBe(valid);
  });
});
