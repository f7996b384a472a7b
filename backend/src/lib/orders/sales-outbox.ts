import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { MARKETPLACE_MODULE } from '../../modules/marketplace';
import type MarketplaceModuleService from '../../modules/marketplace/service';
import { type RegistryClient, RegistryError, registryClient } from '../registry/registry-client';

const MAX_BACKOFF_MS = 60 * 60_000;
/** Answers that will not change on retry: the event itself is wrong (or conflicts). */
const PERMANENT = new Set([400, 404, 409, 422]);

export interface DeliveryResult {
  delivered: number;
  retrying: number;
  failed: number;
}

/** One call to the ledger; a claimed row is leased for the whole batch's worth of them. */
const SEND_TIMEOUT_MS = 10_000;

/**
 * Sends due sales events to the registry's ledger, at least once each: claim, send, mark. The
 * rows are claimed in a short transaction (SKIP LOCKED, then leased by pushing next_attempt_at
 * past the batch's timeouts), the HTTP calls run outside any transaction, and each outcome is
 * written on its own row; no lock or transaction stays open across a call. A worker that dies
 * mid-batch leaves its rows to be sent again when the lease runs out, and the registry is
 * idempotent on eventId, so an event sent twice (sent, not yet marked) is recorded once.
 */
export async function deliverSalesEvents(
  container: MedusaContainer,
  options: { client?: RegistryClient; batchSize?: number; now?: () => Date } = {},
): Promise<DeliveryResult> {
  const client = options.client ?? registryClient();
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 100;
  const outbox = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const result: DeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  const claimedAt = now();
  const leaseUntil = new Date(claimedAt.getTime() + batchSize * SEND_TIMEOUT_MS + 60_000);
  const rows = await outbox.claimDueSalesEvents(claimedAt, batchSize, leaseUntil);
  // Each outcome on its own row; the lease keeps other workers off it meanwhile.
  for (const row of rows) {
    try {
      await client.request(
        'POST',
        '/v1/sales-events',
        row.payload,
        { 'idempotency-key': row.event_id },
        SEND_TIMEOUT_MS,
      );
      await outbox.updateSalesOutboxes({
        id: row.id,
        delivered_at: now(),
        attempts: row.attempts + 1,
        last_error: null,
      });
      result.delivered++;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (e instanceof RegistryError && PERMANENT.has(e.status)) {
        await outbox.updateSalesOutboxes({
          id: row.id,
          failed_at: now(),
          attempts: row.attempts + 1,
          last_error: `${e.status} ${e.code}: ${error}`.slice(0, 500),
        });
        result.failed++;
      } else {
        const backoff = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** row.attempts);
        await outbox.updateSalesOutboxes({
          id: row.id,
          attempts: row.attempts + 1,
          last_error: error.slice(0, 500),
          next_attempt_at: new Date(now().getTime() + backoff),
        });
        result.retrying++;
      }
    }
  }
  return result;
}

/** After a checkout: try at once, without making the customer wait; the job retries. */
export function deliverSoon(container: MedusaContainer): void {
  // Tests drive delivery themselves, to interrupt it where they choose.
  if (process.env.OCOP_OUTBOX_WORKER_DISABLED === 'true') return;
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  setImmediate(() => {
    deliverSalesEvents(container).catch((e) =>
      logger.warn(`Sales events not delivered yet: ${(e as Error).message}`),
    );
  });
}
