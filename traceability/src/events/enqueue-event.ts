import { sql as raw } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import { JOBS, type JobQueue } from '../jobs/job-queue';

export const CERTIFICATE_TOPICS = [
  'certificate.issued',
  'certificate.renewed',
  'certificate.revoked',
  'certificate.expired',
  'certificate.expiring',
] as const;
/** Every topic a subscriber may ask for. */
export const EVENT_TOPICS = [...CERTIFICATE_TOPICS, 'producer_binding.changed'] as const;
export type Topic = (typeof EVENT_TOPICS)[number];

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Records an event in the outbox inside the caller's transaction, with one delivery per
 * subscriber of the topic and one events.deliver job per delivery: if the transaction rolls
 * back, nothing is sent; once it commits, a worker sends each, retrying until it lands.
 */
export async function enqueueEvent(
  tx: Tx | Db,
  jobs: JobQueue,
  topic: Topic,
  aggregateId: string,
  payload: object,
) {
  const [row] = await tx.insert(outbox).values({ topic, aggregateId, payload }).returning({ id: outbox.id });
  if (!row) throw new Error('outbox insert returned nothing');
  const deliveries = await tx.execute<{ id: number | string }>(raw`
    insert into deliveries (outbox_id, subscriber_id)
    select ${row.id}, id from event_subscribers where active = 1 and ${topic} = any(topics)
    returning id`);
  for (const d of deliveries) await jobs.sendIn(tx, JOBS.deliverEvent, { deliveryId: Number(d.id) });
  return row.id;
}
