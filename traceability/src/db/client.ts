import { availableParallelism } from 'node:os';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Sql = postgres.Sql;
export type Db = ReturnType<typeof createDb>['db'];

/**
 * Four pools. Drizzle's driver replaces the client's date parsers and serializers with
 * pass-throughs, which would break raw postgres.js queries sharing the client (Dates in,
 * Dates out). Raw SQL serves the hot paths (verify, COPY, ledger); drizzle the rest.
 */
export function createDb(url: string, options: { max?: number } = {}) {
  // About two connections per core: measured on 2 cores, 4 connections verified ~15% more scans
  // per second than 10, and 20 fewer (PostgreSQL shares the same cores).
  const max = options.max ?? Math.max(4, 2 * availableParallelism());
  const sql = postgres(url, { max, onnotice: () => {} });
  // Scan logging commits asynchronously (decision 007): a database crash may lose the last
  // fraction of a second of scan counts, never corrupt them; every other write stays durable.
  const scanSql = postgres(url, { max, onnotice: () => {}, connection: { synchronous_commit: 'off' } });
  // Stamp issuance holds a connection for a whole COPY: its own small pool, so print runs can
  // never starve verify, the ledger or health checks.
  const bulkSql = postgres(url, { max: 2, onnotice: () => {} });
  const drizzleClient = postgres(url, { max: Math.max(2, Math.ceil(max / 2)), onnotice: () => {} });
  const db = drizzle(drizzleClient, { schema });
  const end = async (opts?: { timeout?: number }) => {
    await Promise.all([sql.end(opts), scanSql.end(opts), bulkSql.end(opts), drizzleClient.end(opts)]);
  };
  return { sql, scanSql, bulkSql, db, end };
}
