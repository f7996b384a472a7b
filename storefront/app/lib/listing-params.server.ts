import { CERTIFIED_STARS, MAX_STARS, MIN_CERTIFIED_STARS } from '@ocop/domain/client';
import { z } from 'zod';

import { PAGE_SIZE, SORTS } from './listing-sorts';

export { PAGE_SIZE, SORTS };

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => s.normalize('NFC'))
    .optional()
    .catch(undefined);
const amount = z.coerce.number().int().min(0).max(1_000_000_000).optional().catch(undefined);

/** The listing's URL parameters; anything malformed is dropped rather than failing the page. */
export const ListingParams = z.object({
  q: text(200),
  sector: text(60),
  product_group: text(60),
  province: text(80),
  commune: text(120),
  stars: z
    .array(z.coerce.number().int().min(MIN_CERTIFIED_STARS).max(MAX_STARS))
    .max(CERTIFIED_STARS.length)
    .optional()
    .catch(undefined),
  min_price: amount,
  max_price: amount,
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type ListingParams = z.infer<typeof ListingParams>;

export function parseListingParams(search: URLSearchParams): ListingParams {
  const stars = search
    .getAll('stars')
    .flatMap((s) => s.split(','))
    .filter(Boolean);
  const one = (k: string) => search.get(k) || undefined;
  return ListingParams.parse({
    q: one('q'),
    sector: one('sector'),
    product_group: one('product_group'),
    province: one('province'),
    commune: one('commune'),
    stars: stars.length ? stars : undefined,
    min_price: one('min_price'),
    max_price: one('max_price'),
    sort: one('sort'),
    page: one('page') ?? 1,
  });
}
