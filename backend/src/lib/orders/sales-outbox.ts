import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { type RegistryClient, RegistryError, registryClient } from '../registry/registry-client';

const MAX_BACKOFF_MS = 60 * 60_000;
/** Answers that will not change on retry: the event itself is wrong (or conflicts). */
const PERMANENT = new Set([400, 404, 409, 422]);

export interface DeliveryResult {
  delivered: number;
  retrying: number;
  failed: number;
}

interface DueRow {
  id: string;
  event_id: string;
  payload: unknown;
  attempts: number;
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
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const result: DeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  const claimedAt = now();
  const leaseUntil = new Date(claimedAt.getTime() + batchSize * SEND_TIMEOUT_MS + 60_000);
  const { rows } = (await pg.raw(
    `with due as (
       select o.id from ocop_sales_outbox o
       where o.delivered_at is null and o.failed_at is null and o.deleted_at is null and o.next_attempt_at <= ?
         -- A cancellation or return waits until the registry has the sale it undoes.
         and not exists (
           select 1 from ocop_sales_outbox s
           where s.event_id = o.payload->>'compensatesEventId' and s.delivered_at is null and s.deleted_at is null)
       order by o.created_at, o.id
       limit ?
       for update of o skip locked
     )
     update ocop_sales_outbox o set next_attempt_at = ?, updated_at = now()
     from due where o.id = due.id
     returning o.id, o.event_id, o.payload, o.attempts, o.created_at`,
    [claimedAt, batchSize, leaseUntil],
  )) as { rows: Array<DueRow & { created_at: Date }> };
  // UPDATE … RETURNING gives no order: send in the order the events happened.
  rows.sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id),
  );
  for (const row of rows) {
    try {
      await client.request(
        'POST',
        '/v1/sales-events',
        row.payload,
        { 'idempotency-key': row.event_id },
        SEND_TIMEOUT_MS,
      );
      await pg.raw(
        'update ocop_sales_outbox set delivered_at = ?, attempts = attempts + 1, last_error = null, updated_at = now() where id = ?',
        [now(), row.id],
      );
      result.delivered++;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (e instanceof RegistryError && PERMANENT.has(e.status)) {
        await pg.raw(
          'update ocop_sales_outbox set failed_at = ?, attempts = attempts + 1, last_error = ?, updated_at = now() where id = ?',
          [now(), `${e.status} ${e.code}: ${error}`.slice(0, 500), row.id],
        );
        result.failed++;
      } else {
        const backoff = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** row.attempts);
        await pg.raw(
          'update ocop_sales_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, updated_at = now() where id = ?',
          [error.slice(0, 500), new Date(now().getTime() + backoff), row.id],
        );
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
