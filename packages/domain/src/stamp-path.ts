import { gtinCheckDigit, toGtin14 } from './gtin';
import {
  BATCH_CODE_MAX_LENGTH,
  gtinPrimaryKey,
  isValidBatchCode,
  isValidProductCode,
  PLATFORM_PREFIX,
  productCodePrimaryKey,
  SERIAL_LENGTH,
} from './stamp-code';

// GS1 Digital Link paths for OCOP stamps. Products with a GTIN use the standard
// `/01/{gtin14}/10/{batch}/21/{serial}`, so any GS1 resolver or scanner app understands them;
// the many OCOP products without a GTIN use our own `/ocop/{productCode}/…` with the same tail.
// Without a serial the path names the batch (the batch-level QR printed on cartons and leaflets).

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

export function buildStampPath(input: StampPathInput): string {
  const head = input.gtin
    ? `/01/${toGtin14(input.gtin)}`
    : `/${PLATFORM_PREFIX}/${orThrow(productCodeProblem(input.productCode), input.productCode)}`;
  const batch = orThrow(batchProblem(input.batch), input.batch);
  if (input.serial === undefined) return `${head}/10/${batch}`;
  return `${head}/10/${batch}/21/${orThrow(serialProblem(input.serial), input.serial)}`;
}

export function parseStampPath(path: string): StampPathResult {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return fail('A stamp path must start with "/"');
  }
  const segments = decodeSegments(path);
  if (typeof segments === 'string') return fail(segments);
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
  return { ok: true, value: { ...head, batch, serial } };
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

function serialProblem(s: string): string | null {
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
