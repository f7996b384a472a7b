import { model } from '@medusajs/framework/utils';

/**
 * Sales events waiting for the registry's ledger. Written by the workflow that places, cancels
 * or returns an order (and undone with it), delivered at least once by a worker; the registry
 * de-duplicates on event_id, so a delivery repeated after a crash counts once.
 */
const SalesOutbox = model
  .define('ocop_sales_outbox', {
    id: model.id({ prefix: 'sout' }).primaryKey(),
    event_id: model.text(),
    order_id: model.text(),
    /** The registry's SalesEvent body (packages/contracts). */
    payload: model.json(),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    delivered_at: model.dateTime().nullable(),
    /** Refused for good (the registry answered 4xx other than 429): needs a person. */
    failed_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
  })
  .indexes([
    { on: ['event_id'], unique: true },
    { on: ['order_id'] },
    { on: ['next_attempt_at'], where: 'delivered_at IS NULL AND failed_at IS NULL' },
  ]);

export default SalesOutbox;
