/**
 * The search key of a text: NFC, lower case, no tones or marks, đ as d, one space between words.
 * The same rule as @ocop/domain's foldVietnamese (that package is TypeScript-only ESM, which the
 * CommonJS backend cannot load at run time); the Postgres search folds both the stored
 * `search_text` and the query with it, so the two sides always agree.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The folded words of a text (runs of letters and digits), in order. */
export function searchWords(s: string): string[] {
  return foldVietnamese(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The distinct folded words of a query, in order. */
export function searchTokens(q: string): string[] {
  return [...new Set(searchWords(q))];
}
