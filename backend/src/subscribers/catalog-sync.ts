import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { removeFromSearch, syncListings } from '../lib/catalog/catalog-sync';
import { CATALOG_MODULE } from '../modules/catalog';
import type CatalogModuleService from '../modules/catalog/service';

/**
 * A shop's product changed anywhere — the producers' portal, Medusa's admin, a script: its
 * listing follows (published or not, price, title, still for sale). The vendor routes also sync
 * at once so the shop reads its own change in the answer; a second sync changes nothing. A
 * product deleted outside the portal loses its listing (kept deleted, for the ledger of its past orders), so the catalog never offers a product
 * that no longer exists. The hourly reconciliation (jobs/reconcile-catalog.ts) catches the rest.
 */
export default async function catalogSync({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  try {
    if (event.name === 'product.deleted') {
      const listings = await catalog.listListings({ product_id: event.data.id });
      if (listings.length === 0) return;
      await catalog.softDeleteListings(listings.map((l) => l.id));
      await removeFromSearch(container, [event.data.id]);
      return;
    }
    const productId = event.name.startsWith('product-variant.')
      ? await productOfVariant(container, event.data.id)
      : event.data.id;
    if (productId) await syncListings(container, [productId]);
  } catch (e) {
    // Never fails the change itself; the reconciliation retries within the hour.
    logger.warn(`Catalog not synced after ${event.name} ${event.data.id}: ${(e as Error).message}`);
  }
}

async function productOfVariant(container: SubscriberArgs['container'], variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product_variant',
    fields: ['product_id'],
    filters: { id: variantId },
    withDeleted: true,
  });
  return (data[0] as { product_id?: string } | undefined)?.product_id ?? null;
}

export const config: SubscriberConfig = {
  event: ['product.updated', 'product.deleted', 'product-variant.updated', 'product-variant.deleted'],
  context: { subscriberId: 'ocop-catalog-sync' },
};
