import { foldVietnamese } from './fold-vietnamese';

/** What a handle (shop or product URL part) may hold: lower-case ASCII words joined by single hyphens. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL handle from a Vietnamese name: tones and marks dropped, đ as d, every run of other
 * characters one hyphen ("Đường thốt nốt Tri Tôn" → "duong-thot-not-tri-ton"), at most maxLength
 * characters and never ending in a hyphen. Empty when the name has no letter or digit.
 */
export function slugify(text: string, maxLength = 60): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
