/**
 * OCOP certificates carry 3, 4 or 5 stars: 1 and 2 stars are scores a council may give, never a
 * certificate (primer: Stars). Filters, forms, contracts and the registry's own check read these.
 */
export const CERTIFIED_STARS = [3, 4, 5] as const;
export type CertifiedStars = (typeof CERTIFIED_STARS)[number];
export const MIN_CERTIFIED_STARS = 3;
export const MAX_STARS = 5;

export function isCertifiedStars(n: unknown): n is CertifiedStars {
  return typeof n === 'number' && (CERTIFIED_STARS as readonly number[]).includes(n);
}
