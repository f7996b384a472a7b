import type { MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import {
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductVariantsWorkflow,
} from '@medusajs/medusa/core-flows';
import { syncListings } from '../../../../../../lib/catalog/catalog-sync';
import { shopError } from '../../../../../../lib/http/shop-error';
import { ownListing, type VendorRequest } from '../../../../../../lib/sellers/vendor-context';
import { sellerLocationId, vendorProduct } from '../../../../../../lib/sellers/vendor-products';
import type { UpdateVendorVariantBody } from '../../../../validators';

/** Price (integer đồng) and stock at the shop's warehouse for one of the shop's variants. */
export const POST = async (req: VendorRequest<UpdateVendorVariantBody>, res: MedusaResponse) => {
  const listing = await ownListing(req, req.params.id as string);
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product_variant',
    fields: ['id', 'inventory_items.inventory_item_id'],
    filters: { id: req.params.variant_id as string, product_id: listing.product_id },
  });
  const variant = data[0] as { id: string; inventory_items?: { inventory_item_id: string }[] } | undefined;
  if (!variant) throw shopError('variant_not_found', 'Variant not found.');
  const { title, price, inventory_quantity } = req.validatedBody;
  if (title !== undefined || price !== undefined) {
    await updateProductVariantsWorkflow(req.scope).run({
      input: {
        selector: { id: variant.id },
        update: {
          ...(title === undefined ? {} : { title }),
          ...(price === undefined ? {} : { prices: [{ currency_code: 'vnd', amount: price }] }),
        },
      },
    });
  }
  if (inventory_quantity !== undefined) {
    const locationId = await sellerLocationId(req.scope, req.seller.id);
    if (!locationId) {
      throw shopError('shop_not_approved', 'The shop has no warehouse until it is approved.');
    }
    // Products made before the shop was approved have no stock level there yet.
    const itemIds = (variant.inventory_items ?? []).map((i) => i.inventory_item_id);
    const existing = await req.scope
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId });
    const have = new Set(existing.map((l) => l.inventory_item_id));
    const levels = itemIds.map((id) => ({
      inventory_item_id: id,
      location_id: locationId,
      stocked_quantity: inventory_quantity,
    }));
    const missing = levels.filter((l) => !have.has(l.inventory_item_id));
    const present = levels.filter((l) => have.has(l.inventory_item_id));
    if (missing.length)
      await createInventoryLevelsWorkflow(req.scope).run({ input: { inventory_levels: missing } });
    if (present.length) await updateInventoryLevelsWorkflow(req.scope).run({ input: { updates: present } });
  }
  await syncListings(req.scope, [listing.product_id]);
  res.json({ product: await vendorProduct(req.scope, listing.product_id) });
};
