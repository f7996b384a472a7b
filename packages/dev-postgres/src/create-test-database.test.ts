import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './create-test-database';

describe('createTestDatabase', () => {
  it('gives an empty database that is gone after dispose', async () => {
    const db = await createTestDatabase('devpg_test');
    const sql = postgres(db.url, { max: 1 });
    const [row] = await sql`select current_database() as name, count(*)::int as tables
      from information_schema.tables where table_schema = 'public'`;
    await sql.end();
    expect(row?.name).toMatch(/^devpg_test_/);
    expect(row?.tables).toBe(0);
    await db.dispose();
    if (!db.embedded) {
      const admin = postgres(process.env.DATABASE_URL as string, { max: 1 });
      const left = await admin`select 1 from pg_database where datname = ${row?.name}`;
      await admin.end();
      expect(left).toHaveLength(0);
    }
  }, 60_000);
});
