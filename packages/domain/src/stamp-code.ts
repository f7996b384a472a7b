import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  CROCKFORD_ALPHABET,
  crockfordCheckSymbol,
  decodeCrockfordNumber,
  encodeCrockfordBits,
  encodeCrockfordNumber,
  normalizeCrockford,
} from './crockford-base32';
import { toGtin14 } from './gtin';

/*
 * Stamp serial layout (20 characters of base64url):
 *
 *   K SSSSS MMMMMMMMMMMMMM
 *   │ │     └ 14 chars: first 84 bits of HMAC-SHA-256(secret, "v1|{primaryKey}|{batch}|{keyId}|{seq}")
 *   │ └ 5 chars: unit sequence number, 30 bits big-endian (0 … MAX_SEQ)
 *   └ 1 char: id of the signing key
 *
 * Why this shape:
 * - GS1 AI (21) serials are at most 20 characters from the AI-82 set. base64url is a subset of
 *   AI-82 and of URL-unreserved characters, so the serial goes into a GS1 Digital Link path as
 *   is (no percent-encoding) and keeps the QR code small.
 * - The MAC binds the serial to its product (primary key) and batch, so a code copied from a
 *   genuine pack onto another batch fails. 84 bits stays above the usual 80-bit floor for online
 *   forgery: guessing a valid serial for a known product and batch takes ~2^83 tries on average.
 * - The key id lets us rotate secrets: new stamps use the new key, old stamps keep verifying as long
 *   as their key is still known. "v1" in the MAC input leaves room for a future layout.
 * - The sequence number is in clear so the scan history can name the unit without a lookup.
 *
 * Serial v2 (decision 016), 22 characters of Crockford base 32, for QR alphanumeric mode and typing:
 *
 *   K SSSS MMMMMMMMMMMMMMMM C
 *   │ │    │                └ check symbol over the 21 before it (crockford-base32.ts)
 *   │ │    └ 16 chars: first 80 bits of HMAC-SHA-256(secret, "v2|{primaryKey}|{batch}|{keyId}|{seq}")
 *   │ └ 4 chars: sequence, 20 bits (0 … MAX_SEQ_V2)
 *   └ 1 char: id of the signing key (one of the 32 Crockford symbols)
 *
 * Its length (22 against 20) tells the versions apart: a v1 serial is mixed-case and never
 * changes case; a v2 serial is read in any case (and with I/L/O for 1/1/0), then verified upper-case.
 */

export const SERIAL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const SERIAL_LENGTH = 20;
export const SEQ_LENGTH = 5;
export const MAC_LENGTH = 14;
export const MAX_SEQ = 2 ** 30 - 1;
export const MIN_STAMP_SECRET_BYTES = 32;

/** Our own identification scheme for products without a GTIN, used in `/ocop/{code}` paths. */
export const PLATFORM_PREFIX = 'ocop';
export const BATCH_CODE_MAX_LENGTH = 20;

export const SERIAL_V2_LENGTH = 22;
export const SEQ_V2_LENGTH = 4;
export const MAC_V2_BITS = 80;
export const MAX_SEQ_V2 = 2 ** (5 * SEQ_V2_LENGTH) - 1;
/** Batches that can carry v2 stamps: what fits a small QR in alphanumeric mode (decision 016). */
export const BATCH_CODE_V2_MAX_LENGTH = 14;
const BATCH_CODE_V2_PATTERN = /^(?!\.+$)[A-Z0-9.-]{1,14}$/;

const SERIAL_PATTERN = /^[A-Za-z0-9_-]{20}$/;
const BATCH_CODE_PATTERN = /^[A-Za-z0-9._-]{1,20}$/;
const PRODUCT_CODE_PATTERN = /^[A-Z0-9]{4,12}$/;
// Printable ASCII except "|", the field separator of the MAC input, so fields cannot run together.
const PRIMARY_KEY_PATTERN = /^[\x21-\x7b\x7d\x7e]+$/;

export interface StampKey {
  id: string;
  secret: Uint8Array;
}

export interface ParsedSerial {
  keyId: string;
  seq: number;
  mac: string;
  version: 1 | 2;
}

export type SerialVerification =
  | { ok: true; seq: number; keyId: string }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_mac' };

export function isValidBatchCode(s: string): boolean {
  return typeof s === 'string' && BATCH_CODE_PATTERN.test(s);
}

/**
 * A batch code new batches must use (decision 016): 1–14 of upper-case A–Z, 0–9, "-" and ".", all
 * in the QR alphanumeric set, and not only dots (a "." or ".." segment would be folded by URL
 * parsers). Older batches keep their codes and their v1 stamps.
 */
export function isV2BatchCode(s: string): boolean {
  return typeof s === 'string' && BATCH_CODE_V2_PATTERN.test(s);
}

/** 1 for a v1 serial, 2 for a v2 serial (in any case), null for neither. */
export function serialVersion(serial: string): 1 | 2 | null {
  if (typeof serial !== 'string') return null;
  if (serial.length === SERIAL_V2_LENGTH && normalizeCrockford(serial) !== null) return 2;
  return SERIAL_PATTERN.test(serial) ? 1 : null;
}

/** The canonical upper-case form of a v2 serial whose check symbol is right; null otherwise. */
export function normalizeSerialV2(serial: string): string | null {
  if (typeof serial !== 'string' || serial.length !== SERIAL_V2_LENGTH) return null;
  const normal = normalizeCrockford(serial);
  if (!normal) return null;
  const data = normal.slice(0, -1);
  return crockfordCheckSymbol(data) === normal.slice(-1) ? normal : null;
}

export function isValidProductCode(s: string): boolean {
  return typeof s === 'string' && PRODUCT_CODE_PATTERN.test(s);
}

/** Normalises to GTIN-14 so a GTIN-13 and its padded form sign and verify the same. */
export function gtinPrimaryKey(gtin: string): string {
  return `01:${toGtin14(gtin)}`;
}

export function productCodePrimaryKey(code: string): string {
  if (!isValidProductCode(code)) {
    throw new RangeError(`Product code must be 4 to 12 characters of A–Z and 0–9, got "${code}"`);
  }
  return `${PLATFORM_PREFIX}:${code}`;
}

export function createStampKey(id: string, secret: Uint8Array): StampKey {
  assertKeyId(id);
  if (!(secret instanceof Uint8Array) || secret.length < MIN_STAMP_SECRET_BYTES) {
    throw new RangeError(`Stamp key secret must be at least ${MIN_STAMP_SECRET_BYTES} bytes`);
  }
  // A private copy, so that reusing the caller's buffer cannot change a key already in use.
  return Object.freeze({ id, secret: new Uint8Array(secret) });
}

export function createSerial(
  input: { primaryKey: string; batch: string; seq: number },
  key: StampKey,
): string {
  const { primaryKey, batch, seq } = input;
  assertKeyId(key.id);
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ) {
    throw new RangeError(`Stamp sequence must be an integer from 0 to ${MAX_SEQ}, got ${seq}`);
  }
  if (!isValidBatchCode(batch)) throw new RangeError(`Invalid batch code "${batch}"`);
  if (!PRIMARY_KEY_PATTERN.test(primaryKey)) throw new RangeError(`Invalid primary key "${primaryKey}"`);
  return key.id + encodeSeq(seq) + macFor(primaryKey, batch, key.id, seq, key);
}

/** A v2 serial: only for batch codes `isV2BatchCode` accepts and key ids of Crockford base 32. */
export function createSerialV2(
  input: { primaryKey: string; batch: string; seq: number },
  key: StampKey,
): string {
  const { primaryKey, batch, seq } = input;
  if (!CROCKFORD_ALPHABET.includes(key.id) || key.id.length !== 1) {
    throw new RangeError(`A v2 stamp key id must be one of ${CROCKFORD_ALPHABET}, got "${key.id}"`);
  }
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ_V2) {
    throw new RangeError(`A v2 stamp sequence must be an integer from 0 to ${MAX_SEQ_V2}, got ${seq}`);
  }
  if (!isV2BatchCode(batch)) throw new RangeError(`Batch code "${batch}" cannot carry v2 stamps`);
  if (!PRIMARY_KEY_PATTERN.test(primaryKey)) throw new RangeError(`Invalid primary key "${primaryKey}"`);
  const data =
    key.id + encodeCrockfordNumber(seq, SEQ_V2_LENGTH) + macV2For(primaryKey, batch, key.id, seq, key);
  return data + crockfordCheckSymbol(data);
}

/** Whether a key can sign v2 serials (its id is one Crockford symbol). */
export function canSignV2(key: StampKey): boolean {
  return key.id.length === 1 && CROCKFORD_ALPHABET.includes(key.id);
}

/** Splits a serial into its fields without checking the MAC; null if it cannot be a serial. */
export function parseSerial(serial: string): ParsedSerial | null {
  if (serialVersion(serial) === 2) {
    const normal = normalizeSerialV2(serial);
    if (!normal) return null;
    return {
      keyId: normal.charAt(0),
      seq: decodeCrockfordNumber(normal.slice(1, 1 + SEQ_V2_LENGTH)),
      mac: normal.slice(1 + SEQ_V2_LENGTH, -1),
      version: 2,
    };
  }
  if (typeof serial !== 'string' || !SERIAL_PATTERN.test(serial)) return null;
  let seq = 0;
  for (let i = 1; i <= SEQ_LENGTH; i++) seq = seq * 64 + SERIAL_ALPHABET.indexOf(serial.charAt(i));
  return { keyId: serial.charAt(0), seq, mac: serial.slice(1 + SEQ_LENGTH), version: 1 };
}

export function verifySerial(
  input: { primaryKey: string; batch: string; serial: string },
  findKey: (id: string) => StampKey | undefined,
): SerialVerification {
  const parsed = parseSerial(input.serial);
  const batchOk = parsed?.version === 2 ? isV2BatchCode(input.batch) : isValidBatchCode(input.batch);
  if (!parsed || !batchOk || !PRIMARY_KEY_PATTERN.test(input.primaryKey)) {
    return { ok: false, reason: 'malformed' };
  }
  const key = findKey(parsed.keyId);
  if (!key || key.id !== parsed.keyId) return { ok: false, reason: 'unknown_key' };
  const expected =
    parsed.version === 2
      ? macV2For(input.primaryKey, input.batch, parsed.keyId, parsed.seq, key)
      : macFor(input.primaryKey, input.batch, parsed.keyId, parsed.seq, key);
  // Constant time, so response timing does not reveal how many leading MAC characters were right.
  const matches = timingSafeEqual(Buffer.from(expected, 'latin1'), Buffer.from(parsed.mac, 'latin1'));
  if (!matches) return { ok: false, reason: 'bad_mac' };
  return { ok: true, seq: parsed.seq, keyId: parsed.keyId };
}

// node:crypto's HMAC, not a faster hand-written one: serials are derived when stamps are printed
// or verified, never stored, so speed matters less than using a vetted implementation.
function signerFor(key: StampKey): (message: string) => Uint8Array {
  if (!(key.secret instanceof Uint8Array) || key.secret.length < MIN_STAMP_SECRET_BYTES) {
    throw new RangeError(`Stamp key ${key.id} secret must be at least ${MIN_STAMP_SECRET_BYTES} bytes`);
  }
  return (message) => createHmac('sha256', key.secret).update(message).digest();
}

function macFor(primaryKey: string, batch: string, keyId: string, seq: number, key: StampKey): string {
  const digest = signerFor(key)(`v1|${primaryKey}|${batch}|${keyId}|${seq}`);
  return encodeMacBits(digest);
}

function macV2For(primaryKey: string, batch: string, keyId: string, seq: number, key: StampKey): string {
  const digest = signerFor(key)(`v2|${primaryKey}|${batch}|${keyId}|${seq}`);
  return encodeCrockfordBits(digest, MAC_V2_BITS);
}

/** The first 84 bits of the digest as 14 base64url characters (6 bits each, most significant first). */
function encodeMacBits(d: Uint8Array): string {
  let out = '';
  for (let i = 0; i < 9; i += 3) {
    const bits = ((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
    out += char(bits >>> 18) + char(bits >>> 12) + char(bits >>> 6) + char(bits);
  }
  // 72 bits so far; the last 12 come from byte 9 and the high half of byte 10.
  const tail = ((d[9] ?? 0) << 8) | (d[10] ?? 0);
  return out + char(tail >>> 10) + char(tail >>> 4);
}

function encodeSeq(seq: number): string {
  return char(seq >>> 24) + char(seq >>> 18) + char(seq >>> 12) + char(seq >>> 6) + char(seq);
}

function char(sixBits: number): string {
  return SERIAL_ALPHABET.charAt(sixBits & 63);
}

function assertKeyId(id: string): void {
  if (typeof id !== 'string' || id.length !== 1 || !SERIAL_ALPHABET.includes(id)) {
    throw new RangeError(`Stamp key id must be one character of A–Z, a–z, 0–9, "-" or "_", got "${id}"`);
  }
}

export type SerialVersion = 1 | 2;

/**
 * Which serial a new print run gets (decision 016): v2 when the whole URL can be upper case and
 * short: a product without a GTIN (GS1 AI 21 allows 20 characters, v2 has 22), a batch code v2
 * allows, a key id of Crockford base 32 and sequence numbers within v2's 20 bits. v1 otherwise,
 * so older batches keep getting the stamps they always had.
 */
export function serialVersionFor(input: {
  gtin: string | null | undefined;
  batch: string;
  key: StampKey;
  lastSeq: number;
}): SerialVersion {
  const fits =
    !input.gtin && isV2BatchCode(input.batch) && canSignV2(input.key) && input.lastSeq <= MAX_SEQ_V2;
  return fits ? 2 : 1;
}

/** The serial of a stamp issued with `version`: the version is the issuance's, never re-chosen. */
export function createVersionedSerial(
  version: SerialVersion,
  input: { primaryKey: string; batch: string; seq: number },
  key: StampKey,
): string {
  return version === 2 ? createSerialV2(input, key) : createSerial(input, key);
}
