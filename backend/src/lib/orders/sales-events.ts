/** The registry's sales event (packages/contracts SalesEventSchema), as the outbox stores it. */
export interface SalesEventPayload {
  eventId: string;
  kind: 'sale' | 'return' | 'cancellation';
  productId: string;
  producerId: string;
  channel: 'marketplace';
  quantity: number;
  amountVnd: number;
  occurredAt: string;
  orderRef: string;
  compensatesEventId?: string | null;
}

export interface SalesEventDraft {
  order_id: string;
  payload: SalesEventPayload;
}

interface OrderLike {
  id: string;
  created_at?: string | Date;
  metadata?: Record<string, unknown> | null;
  items?: { id: string; product_id?: string | null; quantity: unknown; unit_price: unknown }[] | null;
}

export const saleEventId = (orderId: string, itemId: string) => `order:${orderId}:item:${itemId}:sale`;

/**
 * One ledger line per order line: the registry counts sales per registry product, so each
 * Medusa product is mapped to the registry product its listing names. Event ids are derived
 * from order and line, so writing them again is harmless.
 */
export function salesEventsForOrder(
  order: OrderLike,
  producerId: string,
  registryProducts: Record<string, string>,
  kind: 'sale' | 'cancellation' | 'return',
  at: Date = new Date(),
): SalesEventDraft[] {
  const reference = (order.metadata?.ocop_reference as string | undefined) ?? order.id;
  return (order.items ?? []).flatMap((item) => {
    const productId = item.product_id ? registryProducts[item.product_id] : undefined;
    if (!productId) return [];
    const quantity = Number(item.quantity);
    const sale = saleEventId(order.id, item.id);
    return [
      {
        order_id: order.id,
        payload: {
          eventId: kind === 'sale' ? sale : `order:${order.id}:item:${item.id}:${kind}`,
          kind,
          productId,
          producerId,
          channel: 'marketplace' as const,
          quantity,
          amountVnd: Math.round(Number(item.unit_price) * quantity),
          occurredAt: (kind === 'sale' && order.created_at ? new Date(order.created_at) : at).toISOString(),
          orderRef: reference,
          compensatesEventId: kind === 'sale' ? null : sale,
        },
      },
    ];
  });
}

/** Return events for the returned quantities of some lines; `key` names this return. */
export function returnEventsForOrder(
  order: OrderLike,
  producerId: string,
  registryProducts: Record<string, string>,
  returned: { id: string; quantity: number }[],
  key: string,
  at: Date = new Date(),
): SalesEventDraft[] {
  const reference = (order.metadata?.ocop_reference as string | undefined) ?? order.id;
  return returned.flatMap(({ id, quantity }) => {
    const item = (order.items ?? []).find((i) => i.id === id);
    const productId = item?.product_id ? registryProducts[item.product_id] : undefined;
    if (!item || !productId) return [];
    return [
      {
        order_id: order.id,
        payload: {
          eventId: `order:${order.id}:item:${id}:return:${key}`,
          kind: 'return' as const,
          productId,
          producerId,
          channel: 'marketplace' as const,
          quantity,
          amountVnd: Math.round(Number(item.unit_price) * quantity),
          occurredAt: at.toISOString(),
          orderRef: reference,
          compensatesEventId: saleEventId(order.id, id),
        },
      },
    ];
  });
}
