import { Modules, OrderWorkflowEvents } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
  when,
} from '@medusajs/framework/workflows-sdk';
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
} from '@medusajs/medusa/core-flows';
import { orderGroupLinks, orderGroupsWithOrders } from '../../lib/orders/order-groups';
import { type SalesEventDraft, salesEventsForOrder } from '../../lib/orders/sales-events';
import { MARKETPLACE_MODULE } from '../../modules/marketplace';
import type MarketplaceModuleService from '../../modules/marketplace/service';
import { SELLER_MODULE } from '../../modules/seller';
import { createOrderPaymentsStep } from './create-order-payments-step';
import {
  type PaymentMethod,
  type PreparedSellerOrder,
  prepareSplitOrdersStep,
  type SplitCheckoutInput,
} from './prepare-split-orders-step';

export type { SplitCheckoutInput } from './prepare-split-orders-step';

/**
 * The prepared order a created one came from. createOrdersStep does not promise to answer in
 * input order, so orders are paired by their reference, never by position.
 */
function preparedFor(
  prepared: PreparedSellerOrder[],
  order: { id: string; metadata?: Record<string, unknown> | null },
) {
  const reference = order.metadata?.ocop_reference;
  const found = prepared.find((p) => p.reference === reference);
  if (!found) throw new Error(`Created order ${order.id} matches no prepared order.`);
  return found;
}

/** The group a previous checkout of this cart made, if any (read after taking the lock). */
const findOrderGroupStep = createStep('find-ocop-order-group', async (cartId: string, { container }) => {
  return new StepResponse(await orderGroupsWithOrders(container, { cart_id: cartId }));
});

const createOrderGroupStep = createStep(
  'create-ocop-order-group',
  async (
    input: {
      cart_id: string;
      customer_id: string | null;
      email: string | null;
      payment_method: PaymentMethod;
      order_ids: string[];
      total: number;
      reference: string;
    },
    { container },
  ) => {
    // A JSON array column: the data model types json() as an object.
    const group = await container
      .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
      .createOcopOrderGroups({ ...input, order_ids: input.order_ids as unknown as Record<string, unknown> });
    return new StepResponse(group, group.id);
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteOcopOrderGroups(id);
  },
);

/** Writes the sales events beside the orders; compensation removes them with the orders. */
export const enqueueSalesEventsStep = createStep(
  'enqueue-ocop-sales-events',
  async (events: SalesEventDraft[], { container }) => {
    if (events.length === 0) return new StepResponse([], []);
    const rows = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).createSalesOutboxes(
      events.map((e) => ({
        event_id: e.payload.eventId,
        order_id: e.order_id,
        payload: e.payload as unknown as Record<string, unknown>,
        next_attempt_at: new Date(),
      })),
    );
    return new StepResponse(
      rows,
      rows.map((r) => r.id),
    );
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteSalesOutboxes(ids);
  },
);

/**
 * Checkout across producers: one order per producer and no parent order, tied by an order
 * group. A lock on the cart serialises concurrent attempts and the group (unique per cart)
 * makes a retry return the orders already made. Every write has a compensation, so a failure
 * part-way leaves no orders, links, reservations or sales events behind.
 */
export const splitCheckoutWorkflow = createWorkflow('ocop-split-checkout', (input: SplitCheckoutInput) => {
  acquireLockStep({
    key: transform({ input }, ({ input: i }) => `ocop-checkout:${i.cart_id}`),
    timeout: 30_000,
    ttl: 120_000,
  });
  const existing = findOrderGroupStep(input.cart_id);

  const created = when('first-checkout', { existing }, ({ existing: e }) => e.length === 0).then(() => {
    const prepared = prepareSplitOrdersStep(input);
    const orderInputs = transform({ prepared }, ({ prepared: p }) => p.orders.map((o) => o.order));
    const orders = createOrdersStep(orderInputs as never);

    const links = transform({ prepared, orders }, ({ prepared: p, orders: os }) =>
      os.map((order) => ({
        [SELLER_MODULE]: { seller_id: preparedFor(p.orders, order).seller_id },
        [Modules.ORDER]: { order_id: order.id },
      })),
    );
    createRemoteLinkStep(links);

    // Cash on delivery and VietQR: one payment per order, linked to it (a card has one for the
    // whole checkout, authorised last).
    const payments = createOrderPaymentsStep(
      transform({ prepared, orders, input }, ({ prepared: p, orders: os, input: i }) =>
        i.payment_method === 'card'
          ? []
          : os.map((order) => {
              const seller = preparedFor(p.orders, order);
              return {
                order_id: order.id,
                method: i.payment_method as 'cod' | 'vietqr',
                amount: seller.total,
                reference: seller.reference,
              };
            }),
      ),
    );
    createRemoteLinkStep(
      transform({ payments }, ({ payments: ps }) =>
        ps.map((p) => ({
          [Modules.ORDER]: { order_id: p.order_id },
          [Modules.PAYMENT]: { payment_collection_id: p.payment_collection_id },
        })),
      ),
    ).config({ name: 'link-ocop-order-payments' });

    const groupInput = transform({ prepared, orders, input }, ({ prepared: p, orders: os, input: i }) => ({
      cart_id: i.cart_id,
      customer_id: p.cart.customer_id,
      email: p.cart.email,
      payment_method: i.payment_method,
      order_ids: os.map((o) => o.id),
      total: p.orders.reduce((n, o) => n + o.total, 0),
      reference: p.reference,
    }));
    const group = createOrderGroupStep(groupInput);
    createRemoteLinkStep(
      transform({ group, orders }, ({ group: g, orders: os }) =>
        orderGroupLinks(
          g.id,
          os.map((o) => o.id),
        ),
      ),
    ).config({ name: 'link-ocop-order-group' });

    const events = transform({ prepared, orders }, ({ prepared: p, orders: os }) =>
      os.flatMap((order) => {
        const seller = preparedFor(p.orders, order);
        return salesEventsForOrder(
          order as never,
          seller.registry_producer_id,
          seller.registry_products,
          'sale',
        );
      }),
    );
    enqueueSalesEventsStep(events);

    const reservations = transform({ prepared, orders }, ({ prepared: p, orders: os }) => ({
      items: os.flatMap((order) =>
        preparedFor(p.orders, order).reservations.map(({ line_key, ...r }) => ({
          ...r,
          id: (order.items ?? []).find(
            (item) => (item.metadata as { cart_item_id?: string } | null)?.cart_item_id === line_key,
          )?.id,
        })),
      ),
    }));
    reserveInventoryStep(reservations);

    const completed = transform({ input }, ({ input: i }) => [{ id: i.cart_id, completed_at: new Date() }]);
    updateCartsStep(completed);

    const placed = transform({ orders }, ({ orders: os }) => os.map((o) => ({ id: o.id })));
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placed });

    const cardSessionId = transform({ prepared }, ({ prepared: p }) => p.card?.payment_session_id ?? null);
    return { group, cardSessionId };
  });

  // The card is authorised last, so nothing after it can fail and leave a charge behind.
  when('card-payment', { created }, ({ created: c }) => Boolean(c?.cardSessionId)).then(() => {
    const session = transform({ created }, ({ created: c }) => ({ id: c?.cardSessionId as string }));
    authorizePaymentSessionStep(session);
  });

  releaseLockStep({ key: transform({ input }, ({ input: i }) => `ocop-checkout:${i.cart_id}`) });
  const result = transform({ created, existing }, ({ created: c, existing: e }) => {
    const group = (c?.group ?? e[0]) as unknown as { id: string; order_ids: string[] };
    return { order_group_id: group.id, order_ids: group.order_ids, created: Boolean(c) };
  });
  return new WorkflowResponse(result);
});
