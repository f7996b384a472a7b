import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { parseQuery } from '../../../../lib/parse-query';
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
 * variant per request; this reads the already-synced lowest price).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = parseQuery(StoreListingQuerySchema, req.query);
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const where = ['l.sellable = true', 'l.deleted_at is null'];
  const params: Array<string | number | number[]> = [];
  const add = (clause: string, ...values: Array<string | number | number[]>) => {
    where.push(clause);
    params.push(...values);
  };
  if (q.stars) add(`l.stars = any(?::int[])`, q.stars as number[]);
  if (q.sector) add('l.sector = ?', q.sector);
  if (q.product_group) add('l.product_group = ?', q.product_group);
  if (q.province) add('l.province = ?', q.province);
  if (q.commune) add('l.commune = ?', q.commune);
  if (q.seller) add('l.seller_handle = ?', q.seller);
  if (q.min_price !== undefined) add('l.min_price >= ?', q.min_price);
  if (q.max_price !== undefined) add('l.min_price <= ?', q.max_price);
  const filter = where.join(' and ');
  // Count and page apart: a window count would read every offered row for each page.
  const [page, total] = await Promise.all([
    pg.raw(
      `select l.product_id as id, l.title, l.handle, l.thumbnail, l.min_price, l.stars,
              l.certificate_number, l.issuer_name, l.certificate_expires_at as valid_until,
              l.certificate_status, l.sector, l.product_group, l.province, l.commune,
              l.seller_handle, l.seller_name
       from ocop_listing l
       where ${filter}
       order by ${SORTS[q.sort]}
       limit ? offset ?`,
      [...params, q.limit, q.offset],
    ),
    pg.raw(`select count(*)::int as n from ocop_listing l where ${filter}`, params),
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
  });
};
