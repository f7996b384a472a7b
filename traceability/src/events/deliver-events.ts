import { createHmac } from 'node:crypto';
import type { Sql } from '../db/client';

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
 * Sends due deliveries, at least once each. Rows are claimed with SKIP LOCKED so several
 * registry processes can run this; subscribers de-duplicate on the X-OCOP-Event-Id header.
 */
export async function deliverDueEvents(
  sql: Sql,
  options: { now: () => Date; fetch?: typeof fetch; batchSize?: number; timeoutMs?: number },
): Promise<{ delivered: number; failed: number }> {
  const send = options.fetch ?? fetch;
  let delivered = 0;
  let failed = 0;
  await sql.begin(async (tx) => {
    const due = await tx<DueDelivery[]>`
      select d.id, d.attempts, s.url, s.secret, o.topic, o.id as outbox_id, o.payload, o.created_at
      from deliveries d
      join event_subscribers s on s.id = d.subscriber_id
      join outbox o on o.id = d.outbox_id
      where d.delivered_at is null and d.next_attempt_at <= ${options.now()}
      order by d.outbox_id
      limit ${options.batchSize ?? 50}
      for update of d skip locked`;
    for (const d of due) {
      const body = JSON.stringify({
        id: d.outbox_id,
        topic: d.topic,
        occurredAt: d.created_at,
        data: d.payload,
      });
      const signature = createHmac('sha256', d.secret).update(body).digest('hex');
      let error: string | null = null;
      try {
        const response = await send(d.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-ocop-event-id': String(d.outbox_id),
            'x-ocop-topic': d.topic,
            'x-ocop-signature': `sha256=${signature}`,
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      if (error === null) {
        delivered++;
        await tx`update deliveries set delivered_at = ${options.now()}, attempts = attempts + 1, last_error = null where id = ${d.id}`;
      } else {
        failed++;
        const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** d.attempts);
        await tx`
          update deliveries set attempts = attempts + 1, last_error = ${error.slice(0, 500)},
                 next_attempt_at = ${new Date(options.now().getTime() + backoff)}
          where id = ${d.id}`;
      }
    }
  });
  return { delivered, failed };
}
