import type { MedusaResponse } from '@medusajs/framework/http';
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from '@medusajs/medusa/core-flows';
import { shopError } from '../../../../../lib/http/shop-error';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { ensureSellerLocationId } from '../../../../../lib/sellers/vendor-products';
import type { ShipOrderBody } from '../../../validators';

/** Hands the parcel to the carrier with its tracking number (packing it first if needed). */
export const POST = async (req: VendorRequest<ShipOrderBody>, res: MedusaResponse) => {
  let order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  if (order.status === 'canceled') throw shopError('order_canceled', 'The order is canceled.');
  if ((order.fulfillments ?? []).some((f) => f.shipped_at)) {
    throw shopError('order_shipped', 'The order has already shipped.');
  }
  const items = order.items.map((i) => ({ id: i.id, quantity: Number(i.quantity) }));
  if ((order.fulfillments ?? []).length === 0) {
    await createOrderFulfillmentWorkflow(req.scope).run({
      input: {
        order_id: order.id,
        location_id: await ensureSellerLocationId(req.scope, req.seller.id),
        items,
        created_by: req.auth_context.actor_id,
      },
    });
    order = await ownOrder(req.scope, req.seller.id, order.id);
  }
  const fulfillment = (order.fulfillments ?? [])[0];
  if (!fulfillment) throw shopError('order_without_fulfilment', 'The order has no fulfilment.');
  const { tracking_number, tracking_url, carrier } = req.validatedBody;
  await createOrderShipmentWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      fulfillment_id: fulfillment.id,
      items,
      created_by: req.auth_context.actor_id,
      labels: [{ tracking_number, tracking_url: tracking_url ?? '', label_url: carrier ?? '' }],
    },
  });
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
