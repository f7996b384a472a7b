import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ocop/dev-postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

let database: TestDatabase;
let sql: postgres.Sql;
let before: string;

/** The migrations up to and including `lastTag`: the schema a registry had before an upgrade. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ocop-migrations-'));
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8'));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  database = await createTestDatabase('registry_backfill');
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
  before = await migrationsUpTo('0006_serial-version');
  await migrate(drizzle(sql), { migrationsFolder: before });
});
afterAll(async () => {
  await sql.end();
  await rm(before, { recursive: true, force: true });
  await database.dispose();
});

describe('migration 0007 (decision 017)', () => {
  it('records on every earlier print run the GTIN its URLs were built from, else none (/ocop/)', async () => {
    const [producer] = await sql<{ id: string }[]>`
      insert into producers (legal_name, kind, province, commune)
      values ('HTX Mắm Châu Đốc', 'cooperative', 'An Giang', 'Phường Châu Đốc') returning id`;
    const products = await sql<{ id: string; gtin: string | null }[]>`
      insert into products (producer_id, code, name, sector, product_group, gtin)
      values (${producer?.id ?? ''}, 'BF0001', 'Mắm cá linh', 'food', 'processed_food', '09506000134352'),
             (${producer?.id ?? ''}, 'BF0002', 'Mắm cá sặc', 'food', 'processed_food', null)
      returning id, gtin`;
    for (const product of products) {
      const [batch] = await sql<{ id: string }[]>`
        insert into batches (product_id, code, produced_at, quantity)
        values (${product.id}, 'L1', now(), 10) returning id`;
      await sql`
        insert into stamp_issuances (batch_id, requested, key_id, created_by, status)
        values (${batch?.id ?? ''}, 5, 'A', 'test', 'done'), (${batch?.id ?? ''}, 5, 'A', 'test', 'failed')`;
    }

    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS });

    const runs = await sql<{ code: string; gtin: string | null }[]>`
      select p.code, i.gtin from stamp_issuances i
      join batches b on b.id = i.batch_id join products p on p.id = b.product_id
      order by p.code`;
    expect(runs).toEqual([
      { code: 'BF0001', gtin: '09506000134352' },
      { code: 'BF0001', gtin: '09506000134352' },
      { code: 'BF0002', gtin: null },
      { code: 'BF0002', gtin: null },
    ]);
    const [columns] = await sql<
      { platform_gtin: string | null }[]
    >`select platform_gtin from products limit 1`;
    expect(columns?.platform_gtin).toBeNull();
  });
});
