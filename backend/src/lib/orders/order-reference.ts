/**
 * Order references people type into a bank transfer note or read out on the phone:
 * `OCOP` + six characters of Crockford's base32 (no I, L, O, U: nothing to misread) + `-n`,
 * the n-th producer's order of the checkout, e.g. `OCOP7K2M9Q-1`.
 *
 * The six characters encode a number drawn from a PostgreSQL sequence (one per checkout),
 * scrambled by a bijection of the 30-bit range so consecutive checkouts do not look
 * consecutive. Distinct numbers give distinct references by construction; the order group's
 * unique index on the reference is the second guard. Past 2^30 checkouts the number is
 * written out in full (longer, still unique).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BITS = 30;
const RANGE = 2 ** BITS;
/** Odd, so multiplying by it modulo 2^30 is a bijection; its inverse undoes it. */
const MULTIPLIER = 0x2545f491;
const OFFSET = 0x1b873593;

function base32(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0 || out.length < width) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function mulMod(a: number, b: number): number {
  return Number((BigInt(a) * BigInt(b)) % BigInt(RANGE));
}

/** The group's reference for the checkout numbered `n` (n ≥ 1, from the sequence). */
export function orderGroupReference(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a checkout number: ${n}`);
  if (n >= RANGE) return `OCOP${base32(n, 7)}`;
  return `OCOP${base32((mulMod(n, MULTIPLIER) + OFFSET) % RANGE, 6)}`;
}

/** The reference of the producer's order at `index` (0-based) within the group. */
export function orderReference(groupReference: string, index: number): string {
  return `${groupReference}-${index + 1}`;
}

export const ORDER_REFERENCE_PATTERN = /^OCOP[0-9A-HJKMNP-TV-Z]{6,}-\d+$/;
