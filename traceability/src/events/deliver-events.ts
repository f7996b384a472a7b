import type { Sql } from '../db/client';
import { signDelivery } from './sign-delivery';

interface DueDelivery {
  id: number;
  attempts: number;
  url: string;
  secret: string;
  topic: string;
  outbox_id: number;
  payload: unknown;
  created_at: Date;
}

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/**
 * Sends due deliveries, at least once each; subscribers de-duplicate on the event id. Rows are
 * claimed in a short transaction (SKIP LOCKED, then leased by pushing next_attempt_at past the
 * sends' timeouts) so no transaction or row lock stays open across the HTTP calls; a process
 * that dies mid-batch leaves its rows to be retried when the lease runs out.
 */
export async function deliverDueEvents(
  sql: Sql,
  options: { now: () => Date; fetch?: typeof fetch; batchSize?: number; timeoutMs?: number },
): Promise<{ delivered: number; failed: number }> {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const batchSize = options.batchSize ?? 50;
  const startedAt = options.now();
  const leaseUntil = new Date(startedAt.getTime() + batchSize * timeoutMs + 60_000);
  const due = await sql<DueDelivery[]>`
    with claimed as (
      select d.id from deliveries d
      where d.delivered_at is null and d.next_attempt_at <= ${startedAt}
      order by d.outbox_id
      limit ${batchSize}
      for update of d skip locked
    )
    update deliveries d set next_attempt_at = ${leaseUntil}
    from claimed, event_subscribers s, outbox o
    where d.id = claimed.id and s.id = d.subscriber_id and o.id = d.outbox_id
    returning d.id, d.attempts, s.url, s.secret, o.topic, o.id as outbox_id, o.payload, o.created_at`;
  due.sort((a, b) => a.outbox_id - b.outbox_id);
  let delivered = 0;
  let failed = 0;
  for (const d of due) {
    const body = JSON.stringify({
      id: d.outbox_id,
      topic: d.topic,
      occurredAt: d.created_at,
      data: d.payload,
    });
    let error: string | null = null;
    try {
      const response = await send(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-ocop-topic': d.topic,
          ...signDelivery(d.secret, { eventId: d.outbox_id, body, at: options.now() }),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (error === null) {
      delivered++;
      await sql`update deliveries set delivered_at = ${options.now()}, attempts = attempts + 1, last_error = null where id = ${d.id}`;
    } else {
      failed++;
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** d.attempts);
      await sql`
        update deliveries set attempts = attempts + 1, last_error = ${error.slice(0, 500)},
               next_attempt_at = ${new Date(options.now().getTime() + backoff)}
        where id = ${d.id}`;
    }
  }
  return { delivered, failed };
}
