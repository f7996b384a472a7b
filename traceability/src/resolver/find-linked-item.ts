import { type DigitalLinkPath, type StampKey, verifySerial } from '@ocop/domain';
import type { Sql } from '../db/client';
import type { LinkedItem } from './build-linkset';

/**
 * Whether the registry knows what a Digital Link names, without counting a scan: the product,
 * and the batch and stamp when the path has them. null when any level is unknown, so a linkset
 * is never offered for something we did not issue.
 */
export async function findLinkedItem(
  sql: Sql,
  item: DigitalLinkPath,
  findKey: (id: string) => StampKey | undefined,
): Promise<LinkedItem | null> {
  // We record no consumer product variants, so a (22) names nothing we know.
  if (item.cpv !== undefined) return null;
  // A batch outside the printed shape (e.g. other AI-82 characters) is not one of ours.
  if (item.batch !== undefined && !item.stamp) return null;
  const stamp = item.stamp;
  let seq: number | null = null;
  if (stamp?.serial !== undefined) {
    const check = verifySerial(
      { primaryKey: stamp.primaryKey, batch: stamp.batch, serial: stamp.serial },
      findKey,
    );
    if (!check.ok) return null;
    seq = check.seq;
  }
  const productMatch =
    item.scheme === 'gtin'
      ? sql`(p.gtin = ${item.gtin14 ?? ''} or p.platform_gtin = ${item.gtin14 ?? ''})`
      : sql`p.code = ${item.productCode ?? ''}`;
  const [row] = await sql<{ product_name: string; batch_id: string | null; stamp_seq: number | null }[]>`
    select p.name as product_name, b.id as batch_id, st.seq as stamp_seq
    from products p
    left join batches b on b.product_id = p.id and b.code = ${stamp?.batch ?? null}
    left join stamps st on st.batch_id = b.id and st.seq = ${seq ?? -1}
    where ${productMatch}`;
  if (!row) return null;
  if (stamp && row.batch_id === null) return null;
  if (seq !== null && row.stamp_seq === null) return null;
  return { productName: row.product_name };
}
