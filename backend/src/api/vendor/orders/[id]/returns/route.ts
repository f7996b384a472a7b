import { randomUUID } from 'node:crypto';
import type { MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';
import { shopError } from '../../../../../lib/http/shop-error';
import { returnEventsForOrder } from '../../../../../lib/orders/sales-events';
import { ownOrder, vendorOrderView } from '../../../../../lib/orders/vendor-orders';
import { orderPayment } from '../../../../../lib/payments/order-payment';
import { producerIdOf, type VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { CATALOG_MODULE } from '../../../../../modules/catalog';
import type CatalogModuleService from '../../../../../modules/catalog/service';
import { type OcopReturn, returnSellerOrderWorkflow } from '../../../../../workflows/return-seller-order';
import type { ReturnOrderBody } from '../../../validators';

/**
 * Records goods the customer sent back, received by the producer. An Idempotency-Key header
 * makes a retried call refuse (409) to count the same return twice.
 */
export const POST = async (req: VendorRequest<ReturnOrderBody>, res: MedusaResponse) => {
  const orderId = req.params.id as string;
  const key =
    typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : randomUUID();
  // One return of an order at a time, across processes (locking-redis in production): the order's
  // returns are read, checked and written back whole, so two at once would lose one on the order
  // while both reached the ledger.
  const locking = req.scope.resolve(Modules.LOCKING);
  await locking.execute(`ocop:order-returns:${orderId}`, () => recordReturn(req, orderId, key), {
    timeout: 10,
  });
  res.status(201).json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, orderId)) });
};

async function recordReturn(req: VendorRequest<ReturnOrderBody>, orderId: string, key: string) {
  const order = await ownOrder(req.scope, req.seller.id, orderId);
  if (!(order.fulfillments ?? []).some((f) => f.shipped_at)) {
    throw shopError('order_not_shipped', 'Only a shipped order can be returned; cancel it instead.');
  }
  const earlier = (order.metadata?.ocop_returns as OcopReturn[] | undefined) ?? [];
  if (earlier.some((r) => r.key === key)) {
    throw shopError('return_already_recorded', 'This return (Idempotency-Key) is already recorded.');
  }
  const items = req.validatedBody.items;
  for (const item of items) {
    const line = order.items.find((i) => i.id === item.id);
    if (!line) throw shopError('return_line_unknown', `No line ${item.id} in this order.`);
    const already = earlier
      .flatMap((r) => r.items)
      .filter((i) => i.id === item.id)
      .reduce((n, i) => n + i.quantity, 0);
    if (already + item.quantity > Number(line.quantity)) {
      throw shopError(
        'return_quantity_exceeded',
        `Only ${Number(line.quantity) - already} of line ${item.id} can still be returned.`,
      );
    }
  }
  const listings = await req.scope
    .resolve<CatalogModuleService>(CATALOG_MODULE)
    .listListings({ product_id: order.items.map((i) => i.product_id) }, { withDeleted: true });
  const registryProducts = Object.fromEntries(listings.map((l) => [l.product_id, l.registry_product_id]));
  const payment = orderPayment(order);
  const paid =
    payment?.payment_id && (payment.status === 'captured' || payment.status === 'partially_refunded');
  const amount = items.reduce((n, item) => {
    const line = order.items.find((i) => i.id === item.id);
    return n + Number(line?.unit_price ?? 0) * item.quantity;
  }, 0);
  await returnSellerOrderWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      returns: [
        ...earlier,
        {
          key,
          items,
          note: req.validatedBody.note ?? null,
          by: req.auth_context.actor_id,
          received_at: new Date().toISOString(),
        },
      ],
      events: returnEventsForOrder(order, producerIdOf(req.seller), registryProducts, items, key),
      refund: paid
        ? { payment_id: payment.payment_id as string, amount, by: req.auth_context.actor_id }
        : null,
    },
  });
}
