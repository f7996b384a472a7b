/*
 * Crockford's base 32 (https://www.crockford.com/base32.html): digits and upper-case letters
 * without I, L, O and U, so a code read aloud or typed from a label survives the usual slips.
 * Decoding ignores case and reads I and L as 1, O as 0, as Crockford specifies.
 *
 * The check character is not Crockford's mod-37 symbol: two of its five extra symbols ("~", "=")
 * are outside the QR alphanumeric set, and "$" is outside GS1's AI-82. Ours is one more symbol of
 * the same 32: the sum over GF(32) of each symbol times α^position (α a primitive element of
 * GF(2^5), reduction polynomial x^5 + x^2 + 1). Every weight is distinct and non-zero for up to 31
 * symbols, so any single wrong symbol and any swap of two different symbols (adjacent or not)
 * changes the check: a single-parity Reed–Solomon check.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_CHECKED_LENGTH = 31;

/** Symbol values by ASCII code, as Crockford decodes: any case, I and L as 1, O as 0; -1 if none. */
const VALUE_OF_CODE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let v = 0; v < 32; v++) {
    const symbol = CROCKFORD_ALPHABET.charAt(v);
    table[symbol.charCodeAt(0)] = v;
    table[symbol.toLowerCase().charCodeAt(0)] = v;
  }
  for (const [symbol, v] of [
    ['I', 1],
    ['L', 1],
    ['O', 0],
  ] as const) {
    table[symbol.charCodeAt(0)] = v;
    table[symbol.toLowerCase().charCodeAt(0)] = v;
  }
  return table;
})();

// A table, not toUpperCase per symbol: every v2 stamp check reads 22 symbols (verify hot path).
function valueOfCode(code: number): number {
  return code < 128 ? (VALUE_OF_CODE[code] as number) : -1;
}

/** The 5-bit value of a symbol read as Crockford decodes (any case, I/L → 1, O → 0); -1 if none. */
export function crockfordValue(symbol: string): number {
  return symbol.length === 1 ? valueOfCode(symbol.charCodeAt(0)) : -1;
}

/** Canonical upper-case form, or null if a character is not Crockford base 32. */
export function normalizeCrockford(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const v = valueOfCode(s.charCodeAt(i));
    if (v < 0) return null;
    out += CROCKFORD_ALPHABET.charAt(v);
  }
  return out;
}

export function crockfordCheckSymbol(data: string): string {
  if (data.length > MAX_CHECKED_LENGTH) throw new RangeError(`At most ${MAX_CHECKED_LENGTH} symbols`);
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < data.length; i++) {
    const v = valueOfCode(data.charCodeAt(i));
    if (v < 0) throw new RangeError(`"${data.charAt(i)}" is not a Crockford base-32 symbol`);
    sum ^= gfMultiply(v, weight);
    weight = gfMultiply(weight, 2);
  }
  return CROCKFORD_ALPHABET.charAt(sum);
}

/** The first `bits` bits of `bytes` (a multiple of 5), most significant first. */
export function encodeCrockfordBits(bytes: Uint8Array, bits: number): string {
  let out = '';
  for (let i = 0; i < bits; i += 5) {
    let v = 0;
    for (let b = i; b < i + 5; b++) v = (v << 1) | (((bytes[b >> 3] ?? 0) >> (7 - (b & 7))) & 1);
    out += CROCKFORD_ALPHABET.charAt(v);
  }
  return out;
}

export function encodeCrockfordNumber(n: number, length: number): string {
  let out = '';
  for (let i = length - 1; i >= 0; i--) out += CROCKFORD_ALPHABET.charAt(Math.floor(n / 32 ** i) % 32);
  return out;
}

export function decodeCrockfordNumber(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 32 + valueOfCode(s.charCodeAt(i));
  return n;
}

function gfMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  for (let y = b; y > 0; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
  return product;
}
