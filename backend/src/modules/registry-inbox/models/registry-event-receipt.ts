import { model } from '@medusajs/framework/utils';

/**
 * A registry webhook event this backend has taken on (docs/decisions/012). Kept in the database,
 * not in memory, so a replayed delivery is refused after a restart and by every other process.
 */
const RegistryEventReceipt = model
  .define('ocop_registry_event_receipt', {
    id: model.id({ prefix: 'revr' }).primaryKey(),
    /** The registry's outbox id, from the signed body. */
    event_id: model.text(),
    topic: model.text(),
  })
  .indexes([{ on: ['event_id'], unique: true }]);

export default RegistryEventReceipt;
