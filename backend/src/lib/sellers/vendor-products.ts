import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { isCertificateInForce } from '@ocop/domain';
import { CATALOG_MODULE } from '../../modules/catalog';
import type CatalogModuleService from '../../modules/catalog/service';
import type { Listing } from '../catalog/listing-view';
import { shopError } from '../http/shop-error';
import { registryClient } from '../registry/registry-client';
import { required } from '../required';
import { ensureSellerLogistics } from './marketplace';
import { producerIdOf, type VendorSeller } from './vendor-context';

export const VENDOR_PRODUCT_FIELDS = [
  'id',
  'title',
  'subtitle',
  'handle',
  'description',
  'status',
  'thumbnail',
  'images.url',
  'created_at',
  'updated_at',
  'variants.id',
  'variants.title',
  'variants.sku',
  'variants.metadata',
  'variants.prices.amount',
  'variants.prices.currency_code',
  'variants.inventory_items.inventory.location_levels.stocked_quantity',
  'variants.inventory_items.inventory.location_levels.reserved_quantity',
  'variants.inventory_items.inventory.location_levels.location_id',
];

/** A product as the producer's portal shows it: the shop's data and the registry's proof. */
interface LocationLevel {
  stocked_quantity?: number | null;
  reserved_quantity?: number | null;
}
interface GraphVariant {
  id: string;
  title: string;
  sku: string | null;
  metadata?: { position?: number } | null;
  prices?: { amount: number; currency_code: string }[];
  inventory_items?: { inventory?: { location_levels?: LocationLevel[] } }[];
}
export interface GraphProduct {
  id: string;
  variants?: GraphVariant[];
  [field: string]: unknown;
}

export function vendorProductView(product: GraphProduct, listing: Listing | undefined) {
  return {
    ...product,
    // In the order the producer listed them.
    variants: [...(product.variants ?? [])]
      .sort((x, y) => Number(x.metadata?.position ?? 0) - Number(y.metadata?.position ?? 0))
      .map((v) => {
        const levels = (v.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? []);
        return {
          id: v.id,
          title: v.title,
          sku: v.sku,
          price: v.prices?.find((p) => p.currency_code === 'vnd')?.amount ?? null,
          inventory_quantity: levels.reduce((n: number, l) => n + Number(l.stocked_quantity ?? 0), 0),
          reserved_quantity: levels.reduce((n: number, l) => n + Number(l.reserved_quantity ?? 0), 0),
        };
      }),
    ocop: listing
      ? {
          registry_product_id: listing.registry_product_id,
          certificate_number: listing.certificate_number,
          certificate_status: listing.certificate_status,
          stars: listing.stars,
          issuer_name: listing.issuer_name,
          valid_until: listing.certificate_expires_at,
          sellable: listing.sellable,
          unsellable_reason: listing.unsellable_reason,
          synced_at: listing.synced_at,
        }
      : null,
  };
}

export async function loadVendorProducts(container: MedusaContainer, ids: string[]) {
  if (ids.length === 0) return [];
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: ids },
  });
  const byId = new Map((data as GraphProduct[]).map((p) => [p.id, p]));
  return ids.map((id) => byId.get(id)).filter((p): p is GraphProduct => p !== undefined);
}

/**
 * The registry product must be one of the shop's producer's, and publishing needs its
 * certificate in force. Stars and numbers are never taken from the producer.
 */
export async function assertRegistryProduct(
  seller: VendorSeller,
  registryProductId: string,
  publishing: boolean,
) {
  const products = await registryClient().productsOf(producerIdOf(seller));
  const found = products.find((p) => p.id === registryProductId);
  if (!found) {
    throw shopError(
      'registry_product_not_yours',
      'The OCOP registry has no such product for your producer: link one of your own registered products.',
    );
  }
  const status = found.certificate?.status;
  if (publishing && !isCertificateInForce(status)) {
    throw shopError(
      'certificate_not_in_force',
      `Only products with an OCOP certificate in force can be published (this one: ${status ?? 'no certificate'}).`,
    );
  }
  return found;
}

/** The shop's warehouse, made on first need (registration normally makes it). */
export async function ensureSellerLocationId(container: MedusaContainer, sellerId: string): Promise<string> {
  const existing = await sellerLocationId(container, sellerId);
  if (existing) return existing;
  await ensureSellerLogistics(container, sellerId);
  return required(await sellerLocationId(container, sellerId), "the shop's stock location");
}

export async function sellerLocationId(container: MedusaContainer, sellerId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'seller',
    fields: ['stock_locations.id'],
    filters: { id: sellerId },
  });
  return (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id ?? null;
}

/** One of the shop's products as the portal shows it, read fresh after a change. */
export async function vendorProduct(container: MedusaContainer, productId: string) {
  const [listing] = await container
    .resolve<CatalogModuleService>(CATALOG_MODULE)
    .listListings({ product_id: productId });
  const [product] = await loadVendorProducts(container, [productId]);
  return vendorProductView(required(product, `product ${productId}`), listing);
}
