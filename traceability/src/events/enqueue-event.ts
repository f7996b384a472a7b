import { sql as raw } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';

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
 * subscriber of the topic: if the transaction rolls back, nothing is sent.
 */
export async function enqueueEvent(tx: Tx | Db, topic: Topic, aggregateId: string, payload: object) {
  const [row] = await tx.insert(outbox).values({ topic, aggregateId, payload }).returning({ id: outbox.id });
  if (!row) throw new Error('outbox insert returned nothing');
  await tx.execute(raw`
    insert into deliveries (outbox_id, subscriber_id)
    select ${row.id}, id from event_subscribers where active = 1 and ${topic} = any(topics)`);
  return row.id;
}
