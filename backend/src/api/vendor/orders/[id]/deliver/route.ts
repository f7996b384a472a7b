import type { MedusaResponse } from '@medusajs/framework/http';
import { shopError } from '../../../../../lib/http/shop-error';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import { orderPayment } from '../../../../../lib/payments/order-payment';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { deliverSellerOrderWorkflow } from '../../../../../workflows/deliver-seller-order';

/**
 * The parcel reached the shopper: the fulfilment is marked delivered and, for cash on
 * delivery, the cash the carrier collected is recorded as captured. Saying it twice is 409.
 */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  if (order.status === 'canceled') throw shopError('order_canceled', 'The order is canceled.');
  const fulfillment = (order.fulfillments ?? []).find((f) => f.shipped_at);
  if (!fulfillment) throw shopError('order_not_shipped', 'Ship the order before marking it delivered.');
  if (fulfillment.delivered_at) throw shopError('order_delivered', 'The order is already delivered.');
  const payment = orderPayment(order);
  await deliverSellerOrderWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      fulfillment_id: fulfillment.id,
      cod_payment_id:
        payment?.method === 'cod' && payment.status === 'authorized' ? payment.payment_id : null,
      by: req.auth_context.actor_id,
    },
  });
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
