import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { certificates, producers, products } from '../db/schema';
import { notFound } from '../http/app-error';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A certificate and its producer, its row locked for the rest of the transaction; 404 when unknown. */
export async function lockCertificate(tx: Tx, certificateId: string) {
  const [found] = await tx
    .select({ certificate: certificates, producer: { id: producers.id, province: producers.province } })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(certificates.id, certificateId))
    .for('update', { of: certificates });
  if (!found) throw notFound('The certificate');
  return found;
}
