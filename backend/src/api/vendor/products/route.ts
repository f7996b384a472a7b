import type { MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';
import { slugify } from '@ocop/domain';
import { syncListings } from '../../../lib/catalog/catalog-sync';
import { parseQuery } from '../../../lib/http/parse-query';
import { required } from '../../../lib/required';
import { producerIdOf, type VendorRequest } from '../../../lib/sellers/vendor-context';
import {
  assertRegistryProduct,
  ensureSellerLocationId,
  loadVendorProducts,
  vendorProduct,
  vendorProductView,
} from '../../../lib/sellers/vendor-products';
import { CATALOG_MODULE } from '../../../modules/catalog';
import type CatalogModuleService from '../../../modules/catalog/service';
import { createSellerProductWorkflow } from '../../../workflows/seller-product';
import { type CreateVendorProductBody, VendorListQuerySchema } from '../validators';

/** The shop's own products, newest first, with what the registry says of each. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { limit, offset } = parseQuery(VendorListQuerySchema, req.query);
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE);
  const [listings, count] = await catalog.listAndCountListings(
    { seller_id: req.seller.id },
    { skip: offset, take: limit, order: { created_at: 'DESC' } },
  );
  const products = await loadVendorProducts(
    req.scope,
    listings.map((l) => l.product_id),
  );
  const byProduct = new Map(listings.map((l) => [l.product_id, l]));
  res.json({
    products: products.map((p) => vendorProductView(p, byProduct.get(p.id))),
    count,
    limit,
    offset,
  });
};

export const POST = async (req: VendorRequest<CreateVendorProductBody>, res: MedusaResponse) => {
  const body = req.validatedBody;
  await assertRegistryProduct(req.seller, body.registry_product_id, body.status === 'published');
  const [profile] = await req.scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: 'default' });
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: {
      seller: { ...req.seller, registry_producer_id: producerIdOf(req.seller) },
      locationId: await ensureSellerLocationId(req.scope, req.seller.id),
      shippingProfileId: profile?.id as string,
      registryProductId: body.registry_product_id,
      product: {
        title: body.title,
        subtitle: body.subtitle,
        description: body.description,
        // Medusa's own default keeps tones and đ ("đường-thốt-nốt"); shop URLs are plain ASCII.
        handle: body.handle ?? (slugify(body.title) || undefined),
        thumbnail: body.thumbnail ?? body.images?.[0]?.url ?? null,
        images: body.images,
        status: body.status,
      },
      variants: body.variants,
    },
  });
  const id = required(result[0], 'the created product').id;
  await syncListings(req.scope, [id]);
  res.status(201).json({ product: await vendorProduct(req.scope, id) });
};
