import { OFFERED_LISTING_SQL } from './offered-listing';

/** The listing filters a shopper can set (GET /store/ocop/products). */
export interface ListingFilters {
  stars?: number[];
  sector?: string;
  product_group?: string;
  province?: string;
  commune?: string;
  seller?: string;
  registry_product_id?: string;
  min_price?: number;
  max_price?: number;
}

export type FacetKey = 'sector' | 'product_group' | 'province' | 'commune' | 'stars' | 'price';
type SqlParam = string | number | string[] | number[];

/** One SQL condition on `ocop_listing l`, tagged with the facet it filters (null: always applies). */
export interface ListingCondition {
  facet: FacetKey | null;
  sql: string;
  params: SqlParam[];
}

/**
 * The conditions of a listing query: offered rows only, the search engine's ids when searching,
 * then each filter. Tagging them by facet lets the facet counts drop their own filter.
 */
export function listingConditions(f: ListingFilters, searchIds: string[] | null): ListingCondition[] {
  const conditions: ListingCondition[] = [{ facet: null, sql: OFFERED_LISTING_SQL, params: [] }];
  const add = (facet: FacetKey | null, sql: string, ...params: SqlParam[]) =>
    conditions.push({ facet, sql, params });
  if (searchIds) add(null, 'l.product_id = any(?::text[])', searchIds);
  if (f.seller) add(null, 'l.seller_handle = ?', f.seller);
  if (f.registry_product_id) add(null, 'l.registry_product_id = ?', f.registry_product_id);
  if (f.stars) add('stars', 'l.stars = any(?::int[])', f.stars);
  if (f.sector) add('sector', 'l.sector = ?', f.sector);
  if (f.product_group) add('product_group', 'l.product_group = ?', f.product_group);
  if (f.province) add('province', 'l.province = ?', f.province);
  if (f.commune) add('commune', 'l.commune = ?', f.commune);
  if (f.min_price !== undefined) add('price', 'l.min_price >= ?', f.min_price);
  if (f.max_price !== undefined) add('price', 'l.min_price <= ?', f.max_price);
  return conditions;
}

/** The conditions joined with `and`, leaving out one facet's own filter when asked. */
export function whereClause(conditions: ListingCondition[], except?: FacetKey) {
  const kept = conditions.filter((c) => c.facet === null || c.facet !== except);
  return { sql: kept.map((c) => c.sql).join(' and '), params: kept.flatMap((c) => c.params) };
}
