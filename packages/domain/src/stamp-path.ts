import { normalizeCrockford } from './crockford-base32';
import { gtinCheckDigit, toGtin14 } from './gtin';
import {
  BATCH_CODE_MAX_LENGTH,
  gtinPrimaryKey,
  isV2BatchCode,
  isValidBatchCode,
  isValidProductCode,
  normalizeSerialV2,
  PLATFORM_PREFIX,
  productCodePrimaryKey,
  SERIAL_LENGTH,
  SERIAL_V2_LENGTH,
  serialVersion,
} from './stamp-code';

// GS1 Digital Link paths for OCOP stamps. Products with a GTIN use the standard
// `/01/{gtin14}/10/{batch}/21/{serial}`, so any GS1 resolver or scanner app understands them;
// the many OCOP products without a GTIN use our own `/ocop/{productCode}/…` with the same tail.
// Without a serial the path names the batch (the batch-level QR printed on cartons and leaflets).
//
// v2 stamps (decision 016) print `/OCOP/{productCode}/{batch}/{serial}`: upper case and without
// the AI numbers, so the whole URL is QR alphanumeric and fits version 4 at level M. The prefix
// is read in either case for every shape; a v2 path (22-character serial) is read in any case.
// Four segments whose last is a 22-character Crockford serial cannot be a batch-level path,
// since batch codes have at most 20 characters.

export interface StampPathInput {
  gtin?: string | null;
  productCode: string;
  batch: string;
  serial?: string;
}

export interface StampPath {
  scheme: 'gtin' | 'ocop';
  gtin14?: string;
  productCode?: string;
  primaryKey: string;
  batch: string;
  serial?: string;
}

export type StampPathResult = { ok: true; value: StampPath } | { ok: false; message: string };

const EXPECTED_SHAPES =
  'expected /01/{GTIN}/10/{batch}[/21/{serial}] or /ocop/{product code}/10/{batch}[/21/{serial}]';

export const PLATFORM_PREFIX_V2 = PLATFORM_PREFIX.toUpperCase();

export function buildStampPath(input: StampPathInput): string {
  if (input.serial !== undefined && serialVersion(input.serial) === 2) return buildV2Path(input);
  const head = input.gtin
    ? `/01/${toGtin14(input.gtin)}`
    : `/${PLATFORM_PREFIX}/${orThrow(productCodeProblem(input.productCode), input.productCode)}`;
  const batch = orThrow(batchProblem(input.batch), input.batch);
  if (input.serial === undefined) return `${head}/10/${batch}`;
  return `${head}/10/${batch}/21/${orThrow(serialProblem(input.serial), input.serial)}`;
}

/** The printed v2 path: `/OCOP/{CODE}/{BATCH}/{SERIAL}`; v2 serials are never under /01/. */
function buildV2Path(input: StampPathInput): string {
  if (input.gtin) throw new RangeError('v2 serials have 22 characters; GS1 AI (21) allows 20');
  const code = orThrow(productCodeProblem(input.productCode), input.productCode);
  if (!isV2BatchCode(input.batch)) throw new RangeError(`Batch code "${input.batch}" cannot carry v2 stamps`);
  const serial = normalizeSerialV2(input.serial ?? '');
  if (!serial) throw new RangeError(`"${input.serial}" is not a v2 serial`);
  return `/${PLATFORM_PREFIX_V2}/${code}/${input.batch}/${serial}`;
}

export function parseStampPath(path: string): StampPathResult {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return fail('A stamp path must start with "/"');
  }
  const decoded = decodeSegments(path);
  if (typeof decoded === 'string') return fail(decoded);
  const segments = caseFolded(decoded);
  if (segments[0] === PLATFORM_PREFIX && segments.length === 4 && segments[3]?.length === SERIAL_V2_LENGTH) {
    return parseV2Path(segments);
  }
  const [scheme, key = '', batchAi, batch = '', serialAi, serial = '', ...rest] = segments;

  let head: Pick<StampPath, 'scheme' | 'gtin14' | 'productCode' | 'primaryKey'>;
  if (scheme === '01') {
    const problem = gtinProblem(key);
    if (problem) return fail(problem);
    head = { scheme: 'gtin', gtin14: toGtin14(key), primaryKey: gtinPrimaryKey(key) };
  } else if (scheme === PLATFORM_PREFIX) {
    const problem = productCodeProblem(key);
    if (problem) return fail(problem);
    head = { scheme: 'ocop', productCode: key, primaryKey: productCodePrimaryKey(key) };
  } else {
    return fail(`Unknown stamp path shape: ${EXPECTED_SHAPES}`);
  }

  const what = scheme === '01' ? 'the GTIN' : 'the product code';
  if (batchAi !== '10') return fail(`Expected /10/{batch} after ${what}`);
  const batchError = batchProblem(batch);
  if (batchError) return fail(batchError);
  if (serialAi === undefined) return { ok: true, value: { ...head, batch } };

  if (serialAi !== '21') return fail('Expected /21/{serial} after the batch');
  const serialError = serialProblem(serial);
  if (serialError) return fail(serialError);
  if (rest.length > 0) return fail('Unexpected path segments after the serial');
  if (serialVersion(serial) !== 2) return { ok: true, value: { ...head, batch, serial } };
  if (head.scheme === 'gtin') return fail('v2 serials are printed under /OCOP/ only, never under /01/');
  if (!isV2BatchCode(batch)) return fail(`Batch code "${batch}" cannot carry v2 stamps`);
  return { ok: true, value: { ...head, batch, serial: v2Serial(serial) } };
}

/**
 * The prefix in either case; a path with a v2-length serial entirely in upper case (product codes
 * and v2 batch codes are upper case, v2 serials case-free). Anything else keeps its case: v1
 * serials and older batch codes are mixed case.
 */
function caseFolded(segments: string[]): string[] {
  const [scheme = '', ...rest] = segments;
  const folded = scheme.toLowerCase() === PLATFORM_PREFIX ? PLATFORM_PREFIX : scheme;
  const last = rest.at(-1) ?? '';
  const v2 = folded === PLATFORM_PREFIX && serialVersion(last) === 2;
  return [folded, ...(v2 ? rest.map((s) => s.toUpperCase()) : rest)];
}

function parseV2Path(segments: string[]): StampPathResult {
  const [, key = '', batch = '', serial = ''] = segments;
  const problem = productCodeProblem(key);
  if (problem) return fail(problem);
  if (!isV2BatchCode(batch)) {
    return fail(`Batch code "${batch}" is not 1–14 characters of A–Z, 0–9, "." and "-"`);
  }
  return {
    ok: true,
    value: {
      scheme: 'ocop',
      productCode: key,
      primaryKey: productCodePrimaryKey(key),
      batch,
      serial: v2Serial(serial),
    },
  };
}

/** Splits on "/" before percent-decoding, so an encoded "%2F" cannot create a segment. */
function decodeSegments(path: string): string[] | string {
  // Query and fragment are not part of the identifier (e.g. ?17=expiry is read by the resolver).
  const pathOnly = path.replace(/[?#].*$/s, '');
  const trimmed = pathOnly.length > 1 && pathOnly.endsWith('/') ? pathOnly.slice(0, -1) : pathOnly;
  try {
    return trimmed.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return 'The stamp path contains invalid percent-encoding';
  }
}

function gtinProblem(s: string): string | null {
  if (!/^\d+$/.test(s)) return `GTIN must contain digits only, got "${s}"`;
  if (![8, 12, 13, 14].includes(s.length)) return `GTIN must have 8, 12, 13 or 14 digits, got ${s.length}`;
  const expected = gtinCheckDigit(s.slice(0, -1));
  if (String(expected) !== s.slice(-1)) {
    return `GTIN ${s} has a wrong check digit: expected ${expected}, got ${s.slice(-1)}`;
  }
  return null;
}

function productCodeProblem(s: string): string | null {
  if (isValidProductCode(s)) return null;
  return `Product code must be 4 to 12 characters of A–Z and 0–9, got "${s}"`;
}

function batchProblem(s: string): string | null {
  if (isValidBatchCode(s)) return null;
  if (typeof s !== 'string' || s === '') return 'Batch code is missing';
  if (s.length > BATCH_CODE_MAX_LENGTH) {
    return `Batch code is ${s.length} characters long; the maximum is ${BATCH_CODE_MAX_LENGTH}`;
  }
  return `Batch code "${s}" may only contain letters, digits, ".", "_" and "-"`;
}

/**
 * Canonical upper case. A wrong check symbol is not refused here: like a wrong MAC it is a serial
 * we never issued, so `verifySerial` answers it (unknown, 404) and it counts as a guess.
 */
function v2Serial(s: string): string {
  return normalizeCrockford(s) ?? s;
}

function serialProblem(s: string): string | null {
  if (serialVersion(s) === 2) return null;
  if (typeof s !== 'string' || s.length !== SERIAL_LENGTH) {
    return `Serial must be exactly ${SERIAL_LENGTH} characters, got ${typeof s === 'string' ? s.length : 0}`;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(s)) return 'Serial may only contain A–Z, a–z, 0–9, "-" and "_"';
  return null;
}

function orThrow(problem: string | null, value: string): string {
  if (problem) throw new RangeError(problem);
  return value;
}

function fail(message: string): StampPathResult {
  return { ok: false, message };
}

/**
 * The line printed under a v2 stamp's QR for people to type (decision 016):
 * `{code}/{batch}/{serial in groups of four}`, e.g. `AG0001/LOT-26.01/B000-1ABC-…`.
 */
export function typedStampCode(input: { productCode: string; batch: string; serial: string }): string {
  const path = buildStampPath(input);
  const [, , code, batch, serial = ''] = path.split('/');
  return `${code}/${batch}/${(serial.match(/.{1,4}/g) ?? []).join('-')}`;
}
