import { randomInt } from 'node:crypto';
import { buildStampPath, createSerial, createStampKey, productCodePrimaryKey } from '@ocop/domain';
import postgres from 'postgres';
import type { SeededShop } from './seed-shop';
import { PUBLIC_BASE_URL } from './start-registry-server';

/** Stamps are written this many at a time, so progress shows and no statement runs for minutes. */
const CHUNK = 1_000_000;
/** URLs made for the load: enough that no stamp is hot, few enough to hold in memory. */
export const SAMPLE_URLS = 100_000;

/**
 * A print run of `count` stamps written by SQL (insert … select from generate_series), for
 * counts the API takes too long to issue (more than 1,000,000 at a time): the same rows a v1
 * print run writes (decision 005), each with one earlier scan in the scan log when `withScans`,
 * as a province's stamps look once packs have been sold. Returns URLs of a random sample of the
 * stamps, signed with the registry's key, as printed.
 */
export async function seedStampsBySql(input: {
  databaseUrl: string;
  shop: SeededShop;
  /** STAMP_KEYS of the registry: "id:base64,…"; the first key signs. */
  stampKeys: string;
  count: number;
  withScans: boolean;
  progress?: (step: string) => void;
}): Promise<{ firstSeq: number; urls: string[] }> {
  const [keyId = '', secret = ''] = (input.stampKeys.split(',')[0] ?? '').split(':');
  const key = createStampKey(keyId, Buffer.from(secret, 'base64'));
  const sql = postgres(input.databaseUrl, { max: 1, onnotice: () => {} });
  const { shop, count } = input;
  try {
    const [reserved] = await sql<{ first: number }[]>`
      update batches set quantity = greatest(quantity, next_seq + ${count}), next_seq = next_seq + ${count}
      where id = ${shop.batchId}
      returning next_seq - ${count} as first`;
    if (!reserved) throw new Error('The batch to seed stamps into was not found.');
    const first = reserved.first;
    const [issuance] = await sql<{ id: string }[]>`
      insert into stamp_issuances (batch_id, requested, issued, status, first_seq, key_id, serial_version,
                                   created_by, finished_at)
      values (${shop.batchId}, ${count}, ${count}, 'done', ${first}, ${keyId}, 1, 'bench', now())
      returning id`;
    if (!issuance) throw new Error('Could not create the issuance row.');
    for (let from = first; from < first + count; from += CHUNK) {
      const to = Math.min(from + CHUNK, first + count) - 1;
      // A scan some days ago, from a fixed-line network in An Giang, for each stamp.
      await sql`
        insert into stamps (batch_id, seq, issuance_id, scan_count, first_scan_at, first_scan_province,
                            last_scan_at, provinces, networks)
        select ${shop.batchId}, g, ${issuance.id}, ${input.withScans ? 1 : 0},
               ${input.withScans ? sql`now() - interval '3 days'` : null},
               ${input.withScans ? 'An Giang' : null},
               ${input.withScans ? sql`now() - interval '3 days'` : null},
               ${input.withScans ? sql`array['An Giang']` : sql`'{}'::text[]`},
               ${input.withScans ? sql`array['f.' || md5(g::text)]` : sql`'{}'::text[]`}
        from generate_series(${from}::int, ${to}::int) g`;
      if (input.withScans) {
        await sql`
          insert into scans (batch_id, seq, scanned_at, province, province_source, network_kind,
                             network_hash, verdict)
          select ${shop.batchId}, g, now() - interval '3 days', 'An Giang', 'network', 'fixed',
                 'f.' || md5(g::text), 'genuine'
          from generate_series(${from}::int, ${to}::int) g`;
      }
      input.progress?.(
        `${(to - first + 1).toLocaleString('en-US')} of ${count.toLocaleString('en-US')} stamps`,
      );
    }
    // As an old table is: statistics current and the visibility map set.
    await sql`vacuum (analyze) stamps`;
    await sql`vacuum (analyze) scans`;
    // The seed's WAL flushed now, not by a checkpoint in the middle of a measured run.
    await sql`checkpoint`;

    const primaryKey = productCodePrimaryKey(shop.productCode);
    const urls: string[] = [];
    for (let i = 0; i < Math.min(SAMPLE_URLS, count); i++) {
      const seq = count <= SAMPLE_URLS ? first + i : first + randomInt(count);
      const serial = createSerial({ primaryKey, batch: shop.batchCode, seq }, key);
      urls.push(
        `${PUBLIC_BASE_URL}${buildStampPath({ productCode: shop.productCode, batch: shop.batchCode, serial })}`,
      );
    }
    return { firstSeq: first, urls };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
