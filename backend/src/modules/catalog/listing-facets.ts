import type { Knex } from '@medusajs/framework/mikro-orm/knex';
import { type ListingCondition, whereClause } from './listing-conditions';

export interface FacetValue<V> {
  value: V;
  count: number;
}

export interface ListingFacets {
  sector: FacetValue<string>[];
  product_group: FacetValue<string>[];
  province: FacetValue<string>[];
  commune: FacetValue<string>[];
  stars: FacetValue<number>[];
  price: { min: number | null; max: number | null };
}

const VALUE_FACETS = ['sector', 'product_group', 'province', 'commune', 'stars'] as const;

/**
 * Counts per value of each facet over the current query, each without its own filter
 * (disjunctive faceting: choosing "An Giang" still shows how many other provinces have), and
 * the price range under the other filters. Two queries, whatever the number of facets. Values
 * come most frequent first, ties in byte order (whatever the database's collation).
 */
export async function listingFacets(pg: Knex, conditions: ListingCondition[]): Promise<ListingFacets> {
  const branches = VALUE_FACETS.map((facet) => {
    const where = whereClause(conditions, facet);
    return {
      sql: `select '${facet}' as facet, l.${facet}::text as value, count(*)::int as n
            from ocop_listing l where ${where.sql} and l.${facet} is not null group by l.${facet}`,
      params: where.params,
    };
  });
  const price = whereClause(conditions, 'price');
  const [values, range] = await Promise.all([
    pg.raw(
      `select * from (${branches.map((b) => `(${b.sql})`).join(' union all ')}) f
       order by facet, n desc, value collate "C"`,
      branches.flatMap((b) => b.params),
    ),
    pg.raw(
      `select min(l.min_price)::int as min, max(l.min_price)::int as max from ocop_listing l where ${price.sql}`,
      price.params,
    ),
  ]);
  const facets: ListingFacets = {
    sector: [],
    product_group: [],
    province: [],
    commune: [],
    stars: [],
    price: { min: range.rows[0]?.min ?? null, max: range.rows[0]?.max ?? null },
  };
  for (const row of values.rows as { facet: (typeof VALUE_FACETS)[number]; value: string; n: number }[]) {
    if (row.facet === 'stars') facets.stars.push({ value: Number(row.value), count: row.n });
    else facets[row.facet].push({ value: row.value, count: row.n });
  }
  return facets;
}
