import { foldVietnamese } from '@ocop/domain';

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
