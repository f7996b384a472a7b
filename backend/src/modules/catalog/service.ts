import type { EntityManager, Knex } from '@medusajs/framework/mikro-orm/knex';
import { MedusaService } from '@medusajs/framework/utils';
import { type ListingFilters, listingConditions, whereClause } from './listing-conditions';
import { type ListingFacets, listingFacets } from './listing-facets';
import Listing from './models/listing';

export const LISTING_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'stars'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

const ORDER_BY: Record<Exclude<ListingSort, 'relevance'>, string> = {
  newest: 'l.created_at desc, l.id desc',
  price_asc: 'l.min_price asc nulls last, l.id',
  price_desc: 'l.min_price desc nulls last, l.id',
  stars: 'l.stars desc, l.created_at desc, l.id',
};

/** A product card of the catalog page, with its OCOP proof. */
export interface ListingCard {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  price: number | null;
  currency_code: 'vnd';
  stars: number;
  certificate_number: string;
  issuer_name: string;
  valid_until: string;
  certificate_status: string;
  sector: string | null;
  product_group: string | null;
  province: string | null;
  commune: string | null;
  seller_handle: string;
  seller_name: string;
}

export interface BrowseListings extends ListingFilters {
  /** The search engine's product ids, best first; null when not searching. */
  searchIds: string[] | null;
  sort: ListingSort;
  limit: number;
  offset: number;
  facets: boolean;
}

class CatalogModuleService extends MedusaService({ Listing }) {
  /** The module's own connection (what @InjectManager would hand over; Biome refuses its syntax). */
  private knex(): Knex {
    const repository = (this as unknown as { baseRepository_: { getFreshManager(): EntityManager } })
      .baseRepository_;
    return repository.getFreshManager().getKnex();
  }

  /**
   * The catalog page: offered listings only, filtered, in the order asked (relevance is the
   * search engine's order; without a search, newest first), one page, the count, and facet
   * counts when asked — from the listing read model in indexed queries.
   */
  async browseListings(q: BrowseListings): Promise<{
    products: ListingCard[];
    count: number;
    facets: ListingFacets | null;
  }> {
    const knex = this.knex();
    const conditions = listingConditions(q, q.searchIds);
    const where = whereClause(conditions);
    const sort = q.sort === 'relevance' && !q.searchIds ? 'newest' : q.sort;
    const order =
      sort === 'relevance'
        ? { sql: 'array_position(?::text[], l.product_id), l.id', params: [q.searchIds as string[]] }
        : { sql: ORDER_BY[sort], params: [] };
    // Count and page apart: a window count would read every offered row for each page.
    const [page, total, facets] = await Promise.all([
      knex.raw(
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
      knex.raw(`select count(*)::int as n from ocop_listing l where ${where.sql}`, where.params),
      q.facets ? listingFacets(knex, conditions) : null,
    ]);
    const rows = page.rows as Array<Record<string, unknown> & { min_price: string | number | null }>;
    return {
      products: rows.map(({ min_price, ...r }) => ({
        ...(r as unknown as Omit<ListingCard, 'price' | 'currency_code'>),
        price: min_price === null ? null : Number(min_price),
        currency_code: 'vnd' as const,
      })),
      count: Number(total.rows[0]?.n ?? 0),
      facets,
    };
  }
}

export default CatalogModuleService;
