import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import SellerOrderLink from '../../links/seller-order';
import { shopError } from '../http/shop-error';
import { ORDER_PAYMENT_FIELDS, type OrderWithPayment, orderPayment } from '../payments/order-payment';

export const VENDOR_ORDER_FIELDS = [
  'id',
  'display_id',
  'status',
  'email',
  'currency_code',
  'total',
  'subtotal',
  'shipping_total',
  'created_at',
  'canceled_at',
  'metadata',
  'shipping_address.*',
  'items.id',
  'items.title',
  'items.subtitle',
  'items.thumbnail',
  'items.product_id',
  'items.variant_id',
  'items.quantity',
  'items.unit_price',
  'items.total',
  'shipping_methods.name',
  'shipping_methods.amount',
  'fulfillments.id',
  'fulfillments.shipped_at',
  'fulfillments.created_at',
  'fulfillments.labels.tracking_number',
  'fulfillments.labels.tracking_url',
  'fulfillments.delivered_at',
  ...ORDER_PAYMENT_FIELDS,
];

export interface VendorOrder extends OrderWithPayment {
  id: string;
  display_id: number;
  status: string;
  total: number;
  created_at: string;
  canceled_at: string | null;
  metadata: Record<string, unknown> | null;
  items: { id: string; product_id: string; quantity: number; unit_price: number }[];
  fulfillments?: { id: string; shipped_at: string | null; delivered_at?: string | null }[];
  [field: string]: unknown;
}

/** Order ids of one shop, newest first, from the seller↔order link. */
export async function sellerOrderIds(
  container: MedusaContainer,
  sellerId: string,
  skip: number,
  take: number,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data, metadata } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: ['order_id', 'created_at'],
    filters: { seller_id: sellerId },
    pagination: { skip, take, order: { created_at: 'DESC' } },
  });
  return {
    ids: (data as { order_id: string }[]).map((r) => r.order_id),
    count: metadata?.count ?? data.length,
  };
}

export async function loadOrders(container: MedusaContainer, ids: string[]): Promise<VendorOrder[]> {
  if (ids.length === 0) return [];
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity: 'order', fields: VENDOR_ORDER_FIELDS, filters: { id: ids } });
  const byId = new Map((data as unknown as VendorOrder[]).map((o) => [o.id, o]));
  return ids.map((id) => byId.get(id)).filter((o): o is VendorOrder => o !== undefined);
}

/** The shop's own order, or 404 — another shop's order ids are not confirmed. */
export async function ownOrder(
  container: MedusaContainer,
  sellerId: string,
  orderId: string,
): Promise<VendorOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: ['order_id'],
    filters: { seller_id: sellerId, order_id: orderId },
  });
  if (data.length === 0) throw shopError('order_not_found', 'Order not found.');
  const [order] = await loadOrders(container, [orderId]);
  if (!order) throw shopError('order_not_found', 'Order not found.');
  return order;
}

/** What the producer's portal shows of an order. */
export function vendorOrderView(order: VendorOrder) {
  const { payment_collections: _collections, ...rest } = order;
  const metadata = order.metadata ?? {};
  const shipped = (order.fulfillments ?? []).some((f) => f.shipped_at);
  const delivered = (order.fulfillments ?? []).some((f) => f.delivered_at);
  const payment = orderPayment(order);
  return {
    ...rest,
    total: Number(order.total),
    reference: metadata.ocop_reference ?? null,
    payment_method: metadata.payment_method ?? null,
    // The operator's confirmation of a VietQR transfer (the producer only sees it).
    transfer_confirmed_at: payment?.transfer?.confirmed_at ?? null,
    payment: payment && {
      status: payment.status,
      amount: payment.amount,
      captured_at: payment.captured_at,
      refunded: payment.refunded,
    },
    cancel_reason: metadata.cancel_reason ?? null,
    fulfilment:
      order.status === 'canceled'
        ? 'canceled'
        : delivered
          ? 'delivered'
          : shipped
            ? 'shipped'
            : (order.fulfillments ?? []).length
              ? 'packed'
              : 'new',
  };
}
