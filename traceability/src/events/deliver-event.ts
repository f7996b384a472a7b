import type { Sql } from '../db/client';
import { JOBS, type JobQueue } from '../jobs/job-queue';
import { signDelivery } from './sign-delivery';

interface Delivery {
  id: number;
  delivered_at: Date | null;
  url: string;
  secret: string;
  active: number;
  topic: string;
  outbox_id: number;
  payload: unknown;
  created_at: Date;
}

export class DeliveryFailed extends Error {
  override name = 'DeliveryFailed';
}

/**
 * The events.deliver job: sends one event to one subscriber, outside any transaction, then
 * records the outcome on the delivery. A failure is recorded and thrown, so pg-boss retries the
 * job with backoff; subscribers de-duplicate on the event id (at least once, decision 012).
 */
export async function deliverEvent(
  sql: Sql,
  deliveryId: number,
  options: { now: () => Date; fetch?: typeof fetch; timeoutMs?: number },
): Promise<'delivered' | 'already_delivered' | 'no_subscriber'> {
  const [d] = await sql<Delivery[]>`
    select d.id, d.delivered_at, s.url, s.secret, s.active, o.topic, o.id as outbox_id, o.payload, o.created_at
    from deliveries d
    join event_subscribers s on s.id = d.subscriber_id
    join outbox o on o.id = d.outbox_id
    where d.id = ${deliveryId}`;
  if (d?.active !== 1) return 'no_subscriber';
  if (d.delivered_at) return 'already_delivered';
  const body = JSON.stringify({ id: d.outbox_id, topic: d.topic, occurredAt: d.created_at, data: d.payload });
  let error: string | null = null;
  try {
    const response = await (options.fetch ?? fetch)(d.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-ocop-topic': d.topic,
        ...signDelivery(d.secret, { eventId: d.outbox_id, body, at: options.now() }),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    // The body is not read: drop it so the connection can be reused.
    await response.body?.cancel().catch(() => {});
    if (!response.ok) error = `HTTP ${response.status}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  if (error === null) {
    await sql`update deliveries set delivered_at = ${options.now()}, attempts = attempts + 1, last_error = null
              where id = ${d.id}`;
    return 'delivered';
  }
  await sql`update deliveries set attempts = attempts + 1, last_error = ${error.slice(0, 500)}, next_attempt_at = ${options.now()}
            where id = ${d.id}`;
  throw new DeliveryFailed(
    `Delivery ${d.id} of event ${d.outbox_id} to ${new URL(d.url).host} failed: ${error}`,
  );
}

/**
 * The events.sweep job: a delivery job for every undelivered event to an active subscriber that
 * has none alive (rows from before the queue, or a subscriber down longer than the retries), so
 * nothing waits forever. Returns how many it sent. `subscriberId`: one subscriber's only (tests,
 * where test registries share a database but not a job queue).
 */
export async function sweepDeliveries(
  sql: Sql,
  jobs: JobQueue,
  options: { limit?: number; subscriberId?: string } = {},
): Promise<number> {
  const stranded = await sql<{ id: number }[]>`
    select d.id from deliveries d
    join event_subscribers s on s.id = d.subscriber_id and s.active = 1
    where d.delivered_at is null
      ${options.subscriberId ? sql`and d.subscriber_id = ${options.subscriberId}` : sql``}
      and not exists (
        select 1 from ${sql(jobs.schema)}.job j
        where j.name = ${JOBS.deliverEvent} and j.state in ('created', 'retry', 'active')
          and j.data ->> 'deliveryId' = d.id::text)
    order by d.id
    limit ${options.limit ?? 1_000}`;
  for (const { id } of stranded) await jobs.boss.send(JOBS.deliverEvent, { deliveryId: id });
  return stranded.length;
}
