import { Modules } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  deleteProductsWorkflow,
  useQueryGraphStep,
} from '@medusajs/medusa/core-flows';
import { required } from '../../lib/required';
import { CATALOG_MODULE } from '../../modules/catalog';
import type CatalogModuleService from '../../modules/catalog/service';
import { SELLER_MODULE } from '../../modules/seller';

export interface SellerProductVariantInput {
  title: string;
  sku?: string | null;
  /** Integer đồng, tax included. */
  price: number;
  inventory_quantity: number;
}

export interface CreateSellerProductInput {
  seller: { id: string; handle: string; name: string; registry_producer_id: string };
  locationId: string | null;
  shippingProfileId: string;
  registryProductId: string;
  product: {
    title: string;
    subtitle?: string | null;
    description?: string | null;
    handle?: string;
    thumbnail?: string | null;
    images?: { url: string }[];
    status: 'draft' | 'published';
  };
  variants: SellerProductVariantInput[];
}

interface NewListing {
  product_id: string;
  seller_id: string;
  registry_product_id: string;
  registry_producer_id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  seller_handle: string;
  seller_name: string;
}

const createListingStep = createStep(
  'create-ocop-listing',
  async (input: NewListing, { container }) => {
    const listing = await container.resolve<CatalogModuleService>(CATALOG_MODULE).createListings(input);
    return new StepResponse(listing, listing.id);
  },
  async (id, { container }) => {
    if (id) await container.resolve<CatalogModuleService>(CATALOG_MODULE).deleteListings(id);
  },
);

/**
 * A shop's new product: the Medusa product (outside every sales channel until the catalog sync
 * lists it), its link to the shop, its catalog listing and its stock at the shop's warehouse.
 * All or nothing: a failure undoes the steps before it.
 */
export const createSellerProductWorkflow = createWorkflow(
  'create-seller-product',
  (input: CreateSellerProductInput) => {
    const productInput = transform({ input }, ({ input: i }) => ({
      products: [
        {
          ...i.product,
          shipping_profile_id: i.shippingProfileId,
          sales_channels: [],
          options: [{ title: 'Loại', values: i.variants.map((v) => v.title) }],
          variants: i.variants.map((v, position) => ({
            title: v.title,
            sku: v.sku ?? undefined,
            manage_inventory: true,
            options: { Loại: v.title },
            prices: [{ currency_code: 'vnd', amount: v.price }],
            metadata: { position },
          })),
          metadata: { registry_product_id: i.registryProductId },
        },
      ],
    }));
    const products = createProductsWorkflow.runAsStep({ input: productInput });

    const links = transform({ products, input }, ({ products: p, input: i }) => [
      {
        [SELLER_MODULE]: { seller_id: i.seller.id },
        [Modules.PRODUCT]: { product_id: required(p[0], 'the created product').id },
      },
    ]);
    createRemoteLinkStep(links);

    const listingInput = transform(
      { products, input },
      ({ products: p, input: i }): NewListing => ({
        product_id: required(p[0], 'the created product').id,
        seller_id: i.seller.id,
        registry_product_id: i.registryProductId,
        registry_producer_id: i.seller.registry_producer_id,
        title: required(p[0], 'the created product').title,
        handle: required(p[0], 'the created product').handle,
        thumbnail: required(p[0], 'the created product').thumbnail ?? null,
        seller_handle: i.seller.handle,
        seller_name: i.seller.name,
      }),
    );
    createListingStep(listingInput);

    const productId = transform({ products }, ({ products: p }) => required(p[0], 'the created product').id);
    const { data: variants } = useQueryGraphStep({
      entity: 'product_variant',
      fields: ['id', 'title', 'inventory_items.inventory_item_id'],
      filters: { product_id: productId },
    });
    const levels = transform({ variants, input }, ({ variants: vs, input: i }) => ({
      inventory_levels: i.locationId
        ? (vs as { title: string; inventory_items?: { inventory_item_id: string }[] }[]).flatMap((v) => {
            const wanted = i.variants.find((x) => x.title === v.title);
            return (v.inventory_items ?? []).map((item) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: i.locationId as string,
              stocked_quantity: wanted?.inventory_quantity ?? 0,
            }));
          })
        : [],
    }));
    createInventoryLevelsWorkflow.runAsStep({ input: levels });

    return new WorkflowResponse(products);
  },
);

const retireListingStep = createStep(
  'retire-ocop-listing',
  async (listingId: string, { container }) => {
    await container.resolve<CatalogModuleService>(CATALOG_MODULE).softDeleteListings(listingId);
    return new StepResponse(listingId, listingId);
  },
  async (listingId, { container }) => {
    if (listingId) await container.resolve<CatalogModuleService>(CATALOG_MODULE).restoreListings(listingId);
  },
);

/**
 * A shop deletes one of its products: the listing leaves the catalog (kept, deleted, so past
 * orders still name their registry product on the ledger) and the Medusa product is deleted;
 * if deleting the product fails, the listing is restored.
 */
export const deleteSellerProductWorkflow = createWorkflow(
  'delete-seller-product',
  (input: { listing_id: string; product_id: string }) => {
    retireListingStep(input.listing_id);
    deleteProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input: i }) => ({ ids: [i.product_id] })),
    });
    return new WorkflowResponse(input.product_id);
  },
);
