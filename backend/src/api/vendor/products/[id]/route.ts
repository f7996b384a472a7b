import type { MedusaResponse } from '@medusajs/framework/http';
import { updateProductsWorkflow } from '@medusajs/medusa/core-flows';
import { removeFromSearch, syncListings } from '../../../../lib/catalog/catalog-sync';
import { ownListing, type VendorRequest } from '../../../../lib/sellers/vendor-context';
import { assertRegistryProduct, vendorProduct } from '../../../../lib/sellers/vendor-products';
import { deleteSellerProductWorkflow } from '../../../../workflows/seller-product';
import type { UpdateVendorProductBody } from '../../validators';

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const listing = await ownListing(req, req.params.id as string);
  res.json({ product: await vendorProduct(req.scope, listing.product_id) });
};

export const POST = async (req: VendorRequest<UpdateVendorProductBody>, res: MedusaResponse) => {
  const listing = await ownListing(req, req.params.id as string);
  const body = req.validatedBody;
  if (body.status === 'published') await assertRegistryProduct(req.seller, listing.registry_product_id, true);
  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id: listing.product_id }, update: body as Record<string, unknown> },
  });
  await syncListings(req.scope, [listing.product_id]);
  res.json({ product: await vendorProduct(req.scope, listing.product_id) });
};

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  const listing = await ownListing(req, req.params.id as string);
  await deleteSellerProductWorkflow(req.scope).run({
    input: { listing_id: listing.id, product_id: listing.product_id },
  });
  await removeFromSearch(req.scope, [listing.product_id]);
  res.json({ id: listing.product_id, object: 'product', deleted: true });
};
