import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { CATALOG_MODULE } from '../../modules/catalog';
import { offeredListingFilter } from '../../modules/catalog/offered-listing';
import type CatalogModuleService from '../../modules/catalog/service';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';
import { registryFacts } from '../registry/registry-facts';

/**
 * A shop's page: who it is, where its producer is, and how many products it offers now. Null
 * unless the shop is approved (a pending, suspended or closed shop has no public page).
 */
export async function storefrontSeller(container: MedusaContainer, handle: string) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE);
  const [seller] = await sellers.listSellers({ handle, status: 'approved' }, { take: 1 });
  if (!seller) return null;
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const [[listings, productCount], producer] = await Promise.all([
    catalog.listAndCountListings(
      { seller_id: seller.id, ...offeredListingFilter() },
      { select: ['province', 'commune'], take: 1 },
    ),
    seller.registry_producer_id ? registryFacts().producer(seller.registry_producer_id, logger) : null,
  ]);
  // The registry's address first; the synced listings still know it while the registry is away.
  const place = producer ?? listings[0] ?? null;
  return {
    seller: {
      id: seller.id,
      handle: seller.handle,
      name: seller.name,
      story: seller.story,
      logo_url: seller.logo_url,
      province: place?.province ?? null,
      commune: place?.commune ?? null,
      producer: producer
        ? { legal_name: producer.legal_name, kind: producer.kind, address: producer.address }
        : null,
    },
    product_count: productCount,
  };
}
