import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { linkProductsToSalesChannelWorkflow } from '@medusajs/medusa/core-flows';
import { isCertificateInForce } from '@ocop/domain';
import { CATALOG_MODULE } from '../../modules/catalog';
import type CatalogModuleService from '../../modules/catalog/service';
import {
  type RegistryClient,
  type RegistryProducer,
  type RegistryProduct,
  registryClient,
} from '../registry/registry-client';
import { type SearchEngine, type SearchListing, searchEngine } from '../search/search-engine';
import { searchText } from '../search/search-text';
import { MARKETPLACE_CHANNEL_NAME } from '../sellers/marketplace';

interface ProductRow {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  status: string;
  variants?: { prices?: { amount: number; currency_code: string }[] }[];
  sales_channels?: { id: string }[];
  seller?: { id: string; handle: string; name: string; status: string; registry_producer_id: string } | null;
}

export interface SyncResult {
  synced: number;
  listed: string[];
  delisted: string[];
}

/**
 * Brings listings in line with the registry and the shop: a product is offered only while it
 * is published, its shop is approved and its registry certificate is in force (and belongs to
 * the shop's producer). Offering means being in the marketplace sales channel, so Medusa's own
 * store API, carts and this catalog all agree. The search engine is told afterwards (null:
 * the caller reindexes itself); its failures are logged and never fail the sync.
 */
export async function syncListings(
  container: MedusaContainer,
  productIds: string[],
  client: RegistryClient = registryClient(),
  search: SearchEngine | null = searchEngine(container),
): Promise<SyncResult> {
  const result: SyncResult = { synced: 0, listed: [], delisted: [] };
  if (productIds.length === 0) return result;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const channelModule = container.resolve(Modules.SALES_CHANNEL);
  const [channel] = await channelModule.listSalesChannels({ name: MARKETPLACE_CHANNEL_NAME });
  if (!channel) throw new Error('The marketplace is not set up (no sales channel).');

  const listings = await catalog.listListings({ product_id: productIds });
  if (listings.length === 0) return result;
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'title',
      'handle',
      'thumbnail',
      'status',
      'variants.prices.amount',
      'variants.prices.currency_code',
      'sales_channels.id',
      'seller.id',
      'seller.handle',
      'seller.name',
      'seller.status',
      'seller.registry_producer_id',
    ],
    filters: { id: listings.map((l) => l.product_id) },
  });
  const products = new Map((data as unknown as ProductRow[]).map((p) => [p.id, p]));

  // Two registry calls per producer, however many products: its products (with the
  // certificate in force) and its address.
  const byProducer = new Map<
    string,
    { products: Map<string, RegistryProduct>; producer: RegistryProducer | null }
  >();
  const producerIds = [...products.values()]
    .map((p) => p.seller?.registry_producer_id)
    .filter((id): id is string => Boolean(id));
  for (const producerId of new Set(producerIds)) {
    const [list, producer] = await Promise.all([client.productsOf(producerId), client.producer(producerId)]);
    byProducer.set(producerId, { products: new Map(list.map((p) => [p.id, p])), producer });
  }

  const add: string[] = [];
  const remove: string[] = [];
  const now = new Date();
  const updates = [];
  const offered: SearchListing[] = [];
  const withdrawn: string[] = [];
  for (const listing of listings) {
    const product = products.get(listing.product_id);
    if (!product) continue;
    const seller = product.seller ?? null;
    const known = seller ? byProducer.get(seller.registry_producer_id) : undefined;
    // Looked up among the shop's own producer's products: finding it proves it is theirs.
    const registry = known?.products.get(listing.registry_product_id) ?? null;
    const certificate = registry?.certificate ?? null;
    const producer = known?.producer ?? null;
    const certificateStatus = !registry ? 'unknown' : (certificate?.status ?? 'none');
    const reason = !seller
      ? 'The product belongs to no shop.'
      : seller.status !== 'approved'
        ? `The shop is ${seller.status}.`
        : !registry
          ? "The registry has no such product for the shop's producer."
          : !certificate
            ? 'The product has no OCOP certificate.'
            : !isCertificateInForce(certificate.status)
              ? `The OCOP certificate is ${certificate.status}.`
              : product.status !== 'published'
                ? 'The product is not published.'
                : null;
    const sellable = reason === null;
    const prices = (product.variants ?? [])
      .flatMap((v) => v.prices ?? [])
      .filter((p) => p.currency_code === 'vnd')
      .map((p) => Number(p.amount));
    const inChannel = (product.sales_channels ?? []).some((c) => c.id === channel.id);
    if (sellable && !inChannel) add.push(product.id);
    if (!sellable && inChannel) remove.push(product.id);
    if (sellable !== listing.sellable) (sellable ? result.listed : result.delisted).push(product.id);
    const view: SearchListing = {
      product_id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      seller_handle: seller?.handle ?? listing.seller_handle,
      seller_name: seller?.name ?? listing.seller_name,
      sector: registry?.sector ?? null,
      product_group: registry?.productGroup ?? null,
      province: producer?.province ?? null,
      commune: producer?.commune ?? null,
      stars: certificate?.stars ?? null,
      min_price: prices.length ? Math.min(...prices) : null,
    };
    if (sellable) offered.push(view);
    else withdrawn.push(product.id);
    updates.push({
      ...view,
      id: listing.id,
      search_text: searchText(view),
      registry_producer_id: registry?.producerId ?? listing.registry_producer_id,
      certificate_id: certificate?.id ?? null,
      certificate_number: certificate?.number ?? null,
      issuer_name: certificate?.issuerName ?? null,
      issuing_level: certificate?.issuingLevel ?? null,
      certificate_issued_at: certificate ? new Date(certificate.issuedAt) : null,
      certificate_expires_at: certificate ? new Date(certificate.expiresAt) : null,
      certificate_status: certificateStatus,
      sellable,
      unsellable_reason: reason,
      synced_at: now,
    });
  }
  if (updates.length) await catalog.updateListings(updates);
  if (add.length || remove.length) {
    await linkProductsToSalesChannelWorkflow(container).run({ input: { id: channel.id, add, remove } });
  }
  if (search) await updateSearchIndex(container, search, offered, withdrawn);
  result.synced = updates.length;
  return result;
}

/** The listings are already right; a search engine that is down catches up at the next reindex. */
async function updateSearchIndex(
  container: MedusaContainer,
  search: SearchEngine,
  offered: SearchListing[],
  withdrawn: string[],
) {
  try {
    if (offered.length) await search.index(offered);
    if (withdrawn.length) await search.remove(withdrawn);
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`OCOP search (${search.name}) was not updated: ${(e as Error).message}`);
  }
}

/** Forgets deleted products in the search engine (a deleted listing is never synced again). */
export async function removeFromSearch(container: MedusaContainer, productIds: string[]) {
  await updateSearchIndex(container, searchEngine(container), [], productIds);
}

/** Every listing of these registry products (a certificate event names the registry product). */
export async function syncRegistryProducts(container: MedusaContainer, registryProductIds: string[]) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const listings = await catalog.listListings({ registry_product_id: registryProductIds });
  return syncListings(
    container,
    listings.map((l) => l.product_id),
  );
}

/** Every listing of a shop, after its status changed. */
export async function syncSellerListings(container: MedusaContainer, sellerId: string) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const listings = await catalog.listListings({ seller_id: sellerId });
  return syncListings(
    container,
    listings.map((l) => l.product_id),
  );
}

/**
 * The whole catalog, in pages: the scheduled reconciliation that catches missed events. A
 * search engine with its own index (Meilisearch) is then rebuilt from the offered listings.
 */
export async function syncAllListings(container: MedusaContainer, pageSize = 200): Promise<SyncResult> {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const search = searchEngine(container);
  const total: SyncResult = { synced: 0, listed: [], delisted: [] };
  for (let skip = 0; ; skip += pageSize) {
    const page = await catalog.listListings(
      {},
      { select: ['product_id'], skip, take: pageSize, order: { id: 'ASC' } },
    );
    if (page.length === 0) break;
    const r = await syncListings(
      container,
      page.map((l) => l.product_id),
      registryClient(),
      search.reindexAll ? null : search,
    );
    total.synced += r.synced;
    total.listed.push(...r.listed);
    total.delisted.push(...r.delisted);
    if (page.length < pageSize) break;
  }
  if (search.reindexAll) {
    try {
      await search.reindexAll(offeredListings(catalog, pageSize));
    } catch (e) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`OCOP search (${search.name}) was not reindexed: ${(e as Error).message}`);
    }
  }
  return total;
}

async function* offeredListings(catalog: CatalogModuleService, pageSize: number) {
  for (let skip = 0; ; skip += pageSize) {
    const page: SearchListing[] = await catalog.listListings(
      { sellable: true },
      { select: SEARCH_LISTING_FIELDS, skip, take: pageSize, order: { id: 'ASC' } },
    );
    // min_price is a bigNumber column: the search index takes a plain number.
    if (page.length)
      yield page.map((l) => ({ ...l, min_price: l.min_price == null ? null : Number(l.min_price) }));
    if (page.length < pageSize) return;
  }
}

const SEARCH_LISTING_FIELDS: (keyof SearchListing)[] = [
  'product_id',
  'title',
  'handle',
  'thumbnail',
  'seller_handle',
  'seller_name',
  'sector',
  'product_group',
  'province',
  'commune',
  'stars',
  'min_price',
];
