import type { MedusaResponse } from '@medusajs/framework/http';
import { createOrderFulfillmentWorkflow } from '@medusajs/medusa/core-flows';
import { shopError } from '../../../../../lib/http/shop-error';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { ensureSellerLocationId } from '../../../../../lib/sellers/vendor-products';

/** Packs the whole order from the shop's warehouse (one fulfilment per order). */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  if (order.status === 'canceled') throw shopError('order_canceled', 'The order is canceled.');
  if ((order.fulfillments ?? []).length === 0) {
    await createOrderFulfillmentWorkflow(req.scope).run({
      input: {
        order_id: order.id,
        location_id: await ensureSellerLocationId(req.scope, req.seller.id),
        items: order.items.map((i) => ({ id: i.id, quantity: Number(i.quantity) })),
        created_by: req.auth_context.actor_id,
      },
    });
  }
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
