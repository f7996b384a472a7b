import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { type RegistryClient, RegistryError, registryClient } from './registry-client';

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

/**
 * Sends due sales events to the registry's ledger, at least once each. Rows are claimed with
 * SKIP LOCKED so several workers can run; the registry is idempotent on eventId, so an event
 * sent again after a crash (sent, but not yet marked) is recorded once.
 */
export async function deliverSalesEvents(
  container: MedusaContainer,
  options: { client?: RegistryClient; batchSize?: number; now?: () => Date } = {},
): Promise<DeliveryResult> {
  const client = options.client ?? registryClient();
  const now = options.now ?? (() => new Date());
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const result: DeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  await pg.transaction(async (trx) => {
    const { rows } = (await trx.raw(
      `select o.id, o.event_id, o.payload, o.attempts from ocop_sales_outbox o
       where o.delivered_at is null and o.failed_at is null and o.deleted_at is null and o.next_attempt_at <= ?
         -- A cancellation or return waits until the registry has the sale it undoes.
         and not exists (
           select 1 from ocop_sales_outbox s
           where s.event_id = o.payload->>'compensatesEventId' and s.delivered_at is null and s.deleted_at is null)
       order by o.created_at, o.id
       limit ?
       for update of o skip locked`,
      [now(), options.batchSize ?? 100],
    )) as { rows: DueRow[] };
    for (const row of rows) {
      try {
        await client.request('POST', '/v1/sales-events', row.payload, { 'idempotency-key': row.event_id });
        await trx.raw(
          'update ocop_sales_outbox set delivered_at = ?, attempts = attempts + 1, last_error = null, updated_at = now() where id = ?',
          [now(), row.id],
        );
        result.delivered++;
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        if (e instanceof RegistryError && PERMANENT.has(e.status)) {
          await trx.raw(
            'update ocop_sales_outbox set failed_at = ?, attempts = attempts + 1, last_error = ?, updated_at = now() where id = ?',
            [now(), `${e.status} ${e.code}: ${error}`.slice(0, 500), row.id],
          );
          result.failed++;
        } else {
          const backoff = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** row.attempts);
          await trx.raw(
            'update ocop_sales_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, updated_at = now() where id = ?',
            [error.slice(0, 500), new Date(now().getTime() + backoff), row.id],
          );
          result.retrying++;
        }
      }
    }
  });
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
