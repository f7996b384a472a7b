import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { listingFacets } from '../../../../lib/catalog/listing-facets';
import { listingConditions, whereClause } from '../../../../lib/catalog/listing-filters';
import { parseQuery } from '../../../../lib/http/parse-query';
import { searchProductIds } from '../../../../lib/search/search-engine';
import { StoreListingQuerySchema } from '../validators';

const SORTS = {
  newest: 'l.created_at desc, l.id desc',
  price_asc: 'l.min_price asc nulls last, l.id',
  price_desc: 'l.min_price desc nulls last, l.id',
  stars: 'l.stars desc, l.created_at desc, l.id',
} as const;

/**
 * The catalog page: certified products of approved shops only, with their OCOP proof, from
 * the listing read model in one indexed query (Medusa's /store/products computes prices per
 * variant per request; this reads the already-synced lowest price). With `q`, the search
 * engine picks and ranks the products; with `facets=true`, counts per filter value are added.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = parseQuery(StoreListingQuerySchema, req.query);
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const ids = q.q ? await searchProductIds(req.scope, q.q) : null;
  const sort = q.sort ?? (ids ? 'relevance' : 'newest');
  const conditions = listingConditions(q, ids);
  const where = whereClause(conditions);
  // Relevance is the engine's order; without a search there is none, so newest first.
  const order =
    sort === 'relevance'
      ? ids
        ? { sql: 'array_position(?::text[], l.product_id), l.id', params: [ids] }
        : { sql: SORTS.newest, params: [] }
      : { sql: SORTS[sort], params: [] };
  // Count and page apart: a window count would read every offered row for each page.
  const [page, total, facets] = await Promise.all([
    pg.raw(
      `select l.product_id as id, l.title, l.handle, l.thumbnail, l.min_price, l.stars,
              l.certificate_number, l.issuer_name, l.certificate_expires_at as valid_until,
              l.certificate_status, l.sector, l.product_group, l.province, l.commune,
              l.seller_handle, l.seller_name
       from ocop_listing l
       where ${where.sql}
       order by ${order.sql}
       limit ? offset ?`,
      [...where.params, ...order.params, q.limit, q.offset],
    ),
    pg.raw(`select count(*)::int as n from ocop_listing l where ${where.sql}`, where.params),
    q.facets ? listingFacets(pg, conditions) : null,
  ]);
  const rows = page.rows as Array<Record<string, unknown>>;
  res.json({
    products: rows.map(({ min_price, ...r }) => ({
      ...r,
      price: min_price === null ? null : Number(min_price),
      currency_code: 'vnd',
    })),
    count: Number(total.rows[0]?.n ?? 0),
    limit: q.limit,
    offset: q.offset,
    ...(facets ? { facets } : {}),
  });
};
