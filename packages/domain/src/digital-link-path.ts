import { isValidGtin, toGtin14 } from './gtin';
import { gtinPrimaryKey, PLATFORM_PREFIX, serialVersion } from './stamp-code';
import { PLATFORM_PREFIX_V2, parseStampPath, type StampPath } from './stamp-path';

// What the resolver accepts, which is wider than what we print. A GS1 Digital Link URI may name
// the product alone (/01/{gtin}), carry a consumer product variant (/22/), or a serial without a
// batch; its batch and serial may use any GS1 AI-82 character. GS1 requires those to resolve
// (or be unknown, 404) rather than be refused as malformed (400). Our printed stamps stay a
// narrower shape (`parseStampPath`, `isValidBatchCode`): a path that is valid GS1 but outside it
// cannot be one of our stamps, so it carries no `stamp`.

/** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
const AI_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/** The key qualifiers of AI (01) in the order GS1 Digital Link requires, with their lengths. */
const GTIN_QUALIFIERS = [
  { ai: '22', name: 'cpv', maxLength: 20 },
  { ai: '10', name: 'batch', maxLength: 20 },
  { ai: '21', name: 'serial', maxLength: 20 },
] as const;

export interface DigitalLinkPath {
  scheme: 'gtin' | 'ocop';
  gtin14?: string;
  productCode?: string;
  primaryKey: string;
  cpv?: string;
  batch?: string;
  serial?: string;
  /** No trailing slash, values percent-encoded one way: the subject of links about this path. */
  canonicalPath: string;
  /** The path to the product alone (`/01/{gtin14}` or `/ocop/{code}`). */
  productPath: string;
  /** Set when the path has the shape of a stamp we print; only then is there a verdict. */
  stamp: StampPath | null;
}

export type DigitalLinkPathResult = { ok: true; value: DigitalLinkPath } | { ok: false; message: string };

export function parseDigitalLinkPath(path: string): DigitalLinkPathResult {
  if (typeof path !== 'string' || !path.startsWith('/')) return fail('A path must start with "/"');
  const segments = splitSegments(path);
  if (typeof segments === 'string') return fail(segments);
  // Our own /ocop/ scheme is not GS1: it keeps exactly the shapes we print.
  if (segments[0]?.toLowerCase() === PLATFORM_PREFIX) return fromStampPath(path);
  if (segments[0] !== '01') {
    return fail('Expected /01/{GTIN}[/22/{variant}][/10/{batch}][/21/{serial}] or /ocop/…');
  }
  return parseGtinPath(segments.slice(1));
}

function parseGtinPath(segments: string[]): DigitalLinkPathResult {
  const [gtin = '', ...pairs] = segments;
  if (!/^\d+$/.test(gtin) || !isValidGtin(gtin)) {
    return fail(`"${gtin}" is not a GTIN: 8, 12, 13 or 14 digits with a correct check digit`);
  }
  if (pairs.length % 2 !== 0) return fail(`Key qualifier ${pairs.at(-1)} has no value`);
  const gtin14 = toGtin14(gtin);
  const values: Partial<Record<'cpv' | 'batch' | 'serial', string>> = {};
  let next = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const ai = pairs[i] as string;
    const value = pairs[i + 1] as string;
    const at = GTIN_QUALIFIERS.findIndex((q, index) => q.ai === ai && index >= next);
    if (at === -1) {
      return fail(`"${ai}" is not a key qualifier of (01) here; expected 22, 10, 21 in that order`);
    }
    const qualifier = GTIN_QUALIFIERS[at] as (typeof GTIN_QUALIFIERS)[number];
    if (value.length > qualifier.maxLength || !AI_82.test(value)) {
      return fail(`AI (${ai}) must be 1 to ${qualifier.maxLength} characters of GS1 AI-82, got "${value}"`);
    }
    values[qualifier.name] = value;
    next = at + 1;
  }
  const productPath = `/01/${gtin14}`;
  const canonicalPath =
    productPath +
    GTIN_QUALIFIERS.filter((q) => values[q.name] !== undefined)
      .map((q) => `/${q.ai}/${encodeURIComponent(values[q.name] as string)}`)
      .join('');
  const stampShape = values.batch !== undefined && values.cpv === undefined;
  const stamp = stampShape ? parseStampPath(canonicalPath) : null;
  return {
    ok: true,
    value: {
      scheme: 'gtin',
      gtin14,
      primaryKey: gtinPrimaryKey(gtin14),
      ...values,
      canonicalPath,
      productPath,
      stamp: stamp?.ok ? stamp.value : null,
    },
  };
}

function fromStampPath(path: string): DigitalLinkPathResult {
  const parsed = parseStampPath(path);
  if (!parsed.ok) return parsed;
  const { productCode = '', batch, serial } = parsed.value;
  const productPath = `/${PLATFORM_PREFIX}/${productCode}`;
  const serialPart = serial === undefined ? '' : `/21/${serial}`;
  // A v2 stamp's subject is the path it is printed with (decision 016).
  const canonicalPath =
    serial !== undefined && serialVersion(serial) === 2
      ? `/${PLATFORM_PREFIX_V2}/${productCode}/${batch}/${serial}`
      : `${productPath}/10/${encodeURIComponent(batch)}${serialPart}`;
  return {
    ok: true,
    value: {
      scheme: 'ocop',
      productCode,
      primaryKey: parsed.value.primaryKey,
      batch,
      serial,
      canonicalPath,
      productPath,
      stamp: parsed.value,
    },
  };
}

/** Splits on "/" before percent-decoding, so an encoded "%2F" stays inside its value. */
function splitSegments(path: string): string[] | string {
  const pathOnly = path.replace(/[?#].*$/s, '');
  // GS1 Digital Link: a trailing slash is tolerated, not a new (empty) segment.
  const trimmed = pathOnly.length > 1 && pathOnly.endsWith('/') ? pathOnly.slice(0, -1) : pathOnly;
  try {
    return trimmed.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return 'The path contains invalid percent-encoding';
  }
}

function fail(message: string): DigitalLinkPathResult {
  return { ok: false, message };
}
