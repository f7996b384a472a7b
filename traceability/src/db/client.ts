import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Sql = postgres.Sql;
export type Db = ReturnType<typeof createDb>['db'];

/**
 * Two pools: drizzle's driver replaces the client's date parsers and serializers with
 * pass-throughs, which would break raw postgres.js queries sharing the client (Dates in,
 * Dates out). Raw SQL serves the hot paths (verify, COPY, ledger); drizzle the rest.
 */
export function createDb(url: string, options: { max?: number } = {}) {
  const max = options.max ?? 10;
  const sql = postgres(url, { max, onnotice: () => {} });
  const drizzleClient = postgres(url, { max: Math.max(2, Math.ceil(max / 2)), onnotice: () => {} });
  const db = drizzle(drizzleClient, { schema });
  const end = async (opts?: { timeout?: number }) => {
    await Promise.all([sql.end(opts), drizzleClient.end(opts)]);
  };
  return { sql, db, end };
}
