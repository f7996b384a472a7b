import type { MedusaContainer } from '@medusajs/framework/types';
import {
  ContainerRegistrationKeys,
  getTotalVariantAvailability,
  getVariantAvailability,
} from '@medusajs/framework/utils';
import { CATALOG_MODULE } from '../../modules/catalog';
import { offeredListingFilter } from '../../modules/catalog/offered-listing';
import type CatalogModuleService from '../../modules/catalog/service';
import { type BatchFacts, type ProducerFacts, registryFacts } from '../registry/registry-facts';

interface GraphVariant {
  id: string;
  title: string;
  sku: string | null;
  manage_inventory: boolean;
  allow_backorder: boolean;
  metadata?: { position?: number } | null;
  prices?: { amount: number; currency_code: string }[];
}

interface GraphProduct {
  id: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  handle: string;
  thumbnail: string | null;
  images?: { url: string; rank?: number | null }[];
  variants?: GraphVariant[];
  seller?: { id: string; handle: string; name: string; story: string | null; logo_url: string | null } | null;
}

const PRODUCT_FIELDS = [
  'id',
  'title',
  'subtitle',
  'description',
  'handle',
  'thumbnail',
  'images.url',
  'images.rank',
  'variants.id',
  'variants.title',
  'variants.sku',
  'variants.manage_inventory',
  'variants.allow_backorder',
  'variants.metadata',
  'variants.prices.amount',
  'variants.prices.currency_code',
  'seller.id',
  'seller.handle',
  'seller.name',
  'seller.story',
  'seller.logo_url',
];

/**
 * A product page: the shop's product, its OCOP proof from the listing, and from the registry
 * its producer and most recent batch (null when the registry cannot say). Null when the product
 * is not offered: an expired or revoked certificate, a suspended shop or an unpublished product
 * takes the page down with the listing.
 */
export async function storefrontProduct(
  container: MedusaContainer,
  handle: string,
  salesChannelId: string | undefined,
) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const [listing] = await catalog.listListings({ handle, ...offeredListingFilter() }, { take: 1 });
  if (!listing) return null;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const facts = registryFacts();
  const [{ data }, producer, batch] = await Promise.all([
    query.graph({ entity: 'product', fields: PRODUCT_FIELDS, filters: { id: listing.product_id } }),
    facts.producer(listing.registry_producer_id, logger),
    facts.latestBatch(listing.registry_product_id, logger),
  ]);
  const product = data[0] as GraphProduct | undefined;
  if (!product) return null;

  // In the order the producer listed them.
  const variants = [...(product.variants ?? [])].sort(
    (x, y) => Number(x.metadata?.position ?? 0) - Number(y.metadata?.position ?? 0),
  );
  const variantIds = variants.map((v) => v.id);
  const availability = variantIds.length
    ? salesChannelId
      ? await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
      : await getTotalVariantAvailability(query, { variant_ids: variantIds })
    : {};
  const priced = variants.map((v) => {
    const price = v.prices?.find((p) => p.currency_code === 'vnd')?.amount;
    return {
      id: v.id,
      title: v.title,
      sku: v.sku,
      price: price === undefined ? null : Number(price),
      in_stock: !v.manage_inventory || v.allow_backorder || Number(availability[v.id]?.availability ?? 0) > 0,
    };
  });
  const prices = priced.map((v) => v.price).filter((p): p is number => p !== null);
  const seller = product.seller ?? {
    id: listing.seller_id,
    handle: listing.seller_handle,
    name: listing.seller_name,
    story: null,
    logo_url: null,
  };
  return {
    id: product.id,
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    handle: product.handle,
    thumbnail: product.thumbnail,
    images: [...(product.images ?? [])]
      .sort((x, y) => Number(x.rank ?? 0) - Number(y.rank ?? 0))
      .map((i) => ({ url: i.url })),
    price: prices.length ? Math.min(...prices) : listing.min_price == null ? null : Number(listing.min_price),
    currency_code: 'vnd' as const,
    variants: priced,
    stars: listing.stars,
    certificate_number: listing.certificate_number,
    issuer_name: listing.issuer_name,
    issuing_level: listing.issuing_level,
    certificate_issued_at: listing.certificate_issued_at,
    valid_until: listing.certificate_expires_at,
    certificate_status: listing.certificate_status,
    sector: listing.sector,
    product_group: listing.product_group,
    province: listing.province,
    commune: listing.commune,
    registry_product_id: listing.registry_product_id,
    seller: {
      id: seller.id,
      handle: seller.handle,
      name: seller.name,
      story: seller.story,
      logo_url: seller.logo_url,
      province: listing.province,
      commune: listing.commune,
    },
    producer: producer satisfies ProducerFacts | null,
    batch: batch satisfies BatchFacts | null,
  };
}
