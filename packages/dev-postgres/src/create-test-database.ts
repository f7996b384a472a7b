import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropDatabase, withDatabase } from './ensure-database';
import { providePostgres } from './provide-postgres';

export interface TestDatabase {
  url: string;
  embedded: boolean;
  /** Drops the database and stops the embedded server, if one was started. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test run: on DATABASE_URL's server when set,
 * else on a throw-away embedded server.
 */
export async function createTestDatabase(prefix = 'ocop_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const provided = await providePostgres({
      databaseUrl: withDatabase(serverUrl, name),
      dataDir: '',
      port: 0,
      database: name,
    });
    return { url: provided.url, embedded: false, dispose: () => dropDatabase(provided.url) };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ocop-pg-'));
  const provided = await providePostgres({
    dataDir,
    port: await freePort(),
    database: name,
    persistent: false,
  });
  return { url: provided.url, embedded: true, dispose: () => provided.stop() };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
