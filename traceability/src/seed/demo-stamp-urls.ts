import { createVersionedSerial } from '@ocop/domain';
import { stampUrl } from '../batches/batch-routes';
import type { Sql } from '../db/client';
import type { StampKeyring } from '../stamps/stamp-keyring';
import { primaryKeyOf } from '../stamps/stamp-subject';
import { DEMO_BATCH_CODE, DEMO_PRODUCER_REGISTRATION } from './seed-demo';

interface StampRow {
  seq: number;
  key_id: string;
  code: string;
  /** The GTIN the print run signed under (decision 017); null: the product code. */
  gtin: string | null;
  batch_code: string;
  serial_version: number;
}

/** The serialized stamp URLs of the demo batch, in sequence order. */
export async function demoStampUrls(sql: Sql, keys: StampKeyring, publicBaseUrl: string): Promise<string[]> {
  const rows = await sql<StampRow[]>`
    select s.seq, i.key_id, i.serial_version, p.code, i.gtin, b.code as batch_code
    from stamps s
    join stamp_issuances i on i.id = s.issuance_id
    join batches b on b.id = s.batch_id
    join products p on p.id = b.product_id
    join producers pr on pr.id = p.producer_id
    where b.code = ${DEMO_BATCH_CODE} and pr.registration_number = ${DEMO_PRODUCER_REGISTRATION}
    order by s.seq`;
  return rows.map((r) => urlOf(r, keys, publicBaseUrl));
}

/** Stamps of demo products whose certificate was revoked: what a consumer must see in red. */
export async function revokedDemoStampUrls(
  sql: Sql,
  keys: StampKeyring,
  publicBaseUrl: string,
): Promise<string[]> {
  const rows = await sql<StampRow[]>`
    select s.seq, i.key_id, i.serial_version, p.code, i.gtin, b.code as batch_code
    from stamps s
    join stamp_issuances i on i.id = s.issuance_id
    join batches b on b.id = s.batch_id
    join products p on p.id = b.product_id
    join producers pr on pr.id = p.producer_id
    where pr.registration_number like 'DEMO-%'
      and exists (select 1 from certificates c where c.product_id = p.id and c.revoked_at is not null)
    order by b.code, s.seq`;
  return rows.map((r) => urlOf(r, keys, publicBaseUrl));
}

function urlOf(r: StampRow, keys: StampKeyring, publicBaseUrl: string): string {
  const key = keys.find(r.key_id);
  if (!key) throw new Error(`Stamp key "${r.key_id}" that signed a demo batch is not in STAMP_KEYS.`);
  const subject = { gtin: r.gtin, code: r.code };
  const version = r.serial_version === 2 ? 2 : 1;
  const input = { primaryKey: primaryKeyOf(subject), batch: r.batch_code, seq: r.seq };
  const serial = createVersionedSerial(version, input, key);
  return stampUrl(publicBaseUrl, subject, { code: r.batch_code }, serial);
}
