import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { CATALOG_MODULE } from '../../modules/catalog';
import { offeredListingFilter } from '../../modules/catalog/offered-listing';
import type CatalogModuleService from '../../modules/catalog/service';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';

/** Ids per product lookup: well under PostgreSQL's limit on bound parameters. */
const CHUNK = 1000;

/**
 * Every public page for the storefront's sitemap: offered products and approved shops, with
 * when each last changed. A product page changes with the product and with its certificate
 * (listing.updated_at is no help: every reconciliation touches it).
 */
export async function storefrontSitemap(container: MedusaContainer) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const [listings, shops] = await Promise.all([
    catalog.listListings(offeredListingFilter(), {
      select: ['product_id', 'handle', 'certificate_issued_at'],
      order: { handle: 'ASC' },
    }),
    sellers.listSellers(
      { status: 'approved' },
      { select: ['handle', 'updated_at'], order: { handle: 'ASC' } },
    ),
  ]);
  const productUpdatedAt = new Map<string, Date>();
  for (let i = 0; i < listings.length; i += CHUNK) {
    const { data } = await query.graph({
      entity: 'product',
      fields: ['id', 'updated_at'],
      filters: { id: listings.slice(i, i + CHUNK).map((l) => l.product_id) },
    });
    for (const p of data as { id: string; updated_at: string | Date }[]) {
      productUpdatedAt.set(p.id, new Date(p.updated_at));
    }
  }
  return {
    products: listings.map((l) => ({
      handle: l.handle,
      updated_at: latest(productUpdatedAt.get(l.product_id), l.certificate_issued_at),
    })),
    sellers: shops.map((s) => ({ handle: s.handle, updated_at: new Date(s.updated_at) })),
  };
}

function latest(...dates: Array<Date | string | null | undefined>): Date | null {
  const times = dates.filter((d) => d != null).map((d) => new Date(d as Date | string).getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
