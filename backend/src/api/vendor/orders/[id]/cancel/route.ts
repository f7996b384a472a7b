import type { MedusaResponse } from '@medusajs/framework/http';
import { shopError } from '../../../../../lib/http/shop-error';
import { salesEventsForOrder } from '../../../../../lib/orders/sales-events';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import { producerIdOf, type VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { CATALOG_MODULE } from '../../../../../modules/catalog';
import type CatalogModuleService from '../../../../../modules/catalog/service';
import { cancelSellerOrderWorkflow } from '../../../../../workflows/cancel-seller-order';
import type { CancelOrderBody } from '../../../validators';

/** Cancels an order that has not shipped, with the reason the customer will see. */
export const POST = async (req: VendorRequest<CancelOrderBody>, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  if (order.status === 'canceled') throw shopError('order_canceled', 'The order is already canceled.');
  if ((order.fulfillments ?? []).some((f) => f.shipped_at)) {
    throw shopError('order_shipped', 'A shipped order is returned, not canceled.');
  }
  const listings = await req.scope
    .resolve<CatalogModuleService>(CATALOG_MODULE)
    .listListings({ product_id: order.items.map((i) => i.product_id) }, { withDeleted: true });
  const registryProducts = Object.fromEntries(listings.map((l) => [l.product_id, l.registry_product_id]));
  await cancelSellerOrderWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      reason: req.validatedBody.reason,
      by: req.auth_context.actor_id,
      events: salesEventsForOrder(order, producerIdOf(req.seller), registryProducts, 'cancellation'),
    },
  });
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
