import { model } from '@medusajs/framework/utils';

/**
 * What ties the orders of one checkout together: a cart with items from several producers
 * becomes one order per producer and no parent order. The unique cart id is what makes a
 * retried checkout find the orders it already made instead of making more.
 */
const OrderGroup = model
  .define('ocop_order_group', {
    id: model.id({ prefix: 'ogrp' }).primaryKey(),
    cart_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    payment_method: model.enum(['cod', 'vietqr', 'card']),
    /** Written for the one-time backfill (migration-scripts/link-order-groups.ts); read the
     * group ↔ order link (links/order-group-order.ts) instead. */
    order_ids: model.json(),
    /** Integer đồng, tax and delivery included, over all orders of the group (numeric: a
     * wholesale order can pass int4's 2.1 billion đồng). */
    total: model.bigNumber(),
    /** What the shopper types into a transfer note (lib/order-reference.ts); its orders add `-n`. */
    reference: model.text().nullable(),
  })
  .indexes([
    { on: ['cart_id'], unique: true },
    { on: ['reference'], unique: true, where: 'reference IS NOT NULL' },
  ]);

export default OrderGroup;
