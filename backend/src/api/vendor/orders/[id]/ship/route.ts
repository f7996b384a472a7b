import type { MedusaResponse } from '@medusajs/framework/http';
import { shopError } from '../../../../../lib/http/shop-error';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { ensureSellerLocationId } from '../../../../../lib/sellers/vendor-products';
import { shipSellerOrderWorkflow } from '../../../../../workflows/ship-seller-order';
import type { ShipOrderBody } from '../../../validators';

/** Hands the parcel to the carrier with its tracking number (packing it first if needed). */
export const POST = async (req: VendorRequest<ShipOrderBody>, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  if (order.status === 'canceled') throw shopError('order_canceled', 'The order is canceled.');
  if ((order.fulfillments ?? []).some((f) => f.shipped_at)) {
    throw shopError('order_shipped', 'The order has already shipped.');
  }
  const { tracking_number, tracking_url, carrier } = req.validatedBody;
  await shipSellerOrderWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      location_id: await ensureSellerLocationId(req.scope, req.seller.id),
      items: order.items.map((i) => ({ id: i.id, quantity: Number(i.quantity) })),
      fulfillment_id: (order.fulfillments ?? [])[0]?.id ?? null,
      label: { tracking_number, tracking_url: tracking_url ?? '', label_url: carrier ?? '' },
      by: req.auth_context.actor_id,
    },
  });
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
