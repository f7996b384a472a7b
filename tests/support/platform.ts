import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, type TestDatabase } from '@ocop/dev-postgres';
import { createDb, demoStampUrls, generateKeyPair, parseStampKeys } from '@ocop/traceability';
import postgres from 'postgres';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOOT_TIMEOUT_MS = 420_000;

/** What the tests need of a running `npm start` (serialisable: handed to test files by vitest). */
export interface PlatformInfo {
  output: string;
  databaseUrl: string;
  registryUrl: string;
  backendUrl: string;
  storefrontUrl: string;
  publishableKey: string;
  demoStamp: string;
  /** All of the demo batch's stamps (the first is demoStamp): tests that scan take their own. */
  demoStamps: string[];
  jwtPrivateKey: string;
  /** STAMP_KEYS the registry signs with (to list the demo stamps). */
  stampKeys: string;
  /** The variables npm start was given (test-only secrets), to run its steps again. */
  startEnv: Record<string, string>;
}

export interface Platform {
  info: PlatformInfo;
  /** Ctrl-C, as a person would: resolves with the exit code. */
  interrupt(): Promise<number | null>;
  dispose(): Promise<void>;
}

/**
 * Runs the README's `npm start` for real (every service a child process on a real port)
 * against a fresh database, and waits until it prints its URLs.
 */
export async function startPlatform(): Promise<Platform> {
  const database: TestDatabase = await createTestDatabase('platform');
  const [registryPort, backendPort, storefrontPort] = [await freePort(), await freePort(), await freePort()];
  const keys = generateKeyPair();
  const stampKeys = `A:${randomBytes(32).toString('base64')}`;
  const startEnv: Record<string, string> = {
    DATABASE_URL: database.url,
    REGISTRY_PORT: String(registryPort),
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    STAMP_KEYS: stampKeys,
    JWT_PUBLIC_KEY: keys.publicKeyPem,
    JWT_PRIVATE_KEY: keys.privateKeyPem,
    NETWORK_HASH_SECRET: randomBytes(16).toString('hex'),
    REGISTRY_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
    SESSION_SECRET: randomBytes(24).toString('hex'),
    // The admin dashboard's build is not what these tests are about (docs/decisions/003).
    MEDUSA_ADMIN_DISABLED: 'true',
    // One consumer (the browser) checks stamps many times in a few seconds here.
    VERIFY_RATE_LIMIT_PER_MINUTE: '600',
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...startEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // Registry, backend migrations, the demo seed (a year of orders), Medusa's boot, the storefront
  // build: about two minutes on two idle cores.
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (!output.includes('Ctrl-C stops it') && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!output.includes('Ctrl-C stops it')) {
    await stop(child);
    await database.dispose();
    throw new Error(`npm start did not come up in ${BOOT_TIMEOUT_MS / 1000} s:\n${output}`);
  }
  const db = createDb(database.url, { max: 1 });
  const demoStamps = await demoStampUrls(
    db.sql,
    parseStampKeys(stampKeys, 'A'),
    `http://localhost:${registryPort}`,
  );
  await db.end();
  const info: PlatformInfo = {
    output,
    databaseUrl: database.url,
    registryUrl: `http://localhost:${registryPort}`,
    backendUrl: `http://localhost:${backendPort}`,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    publishableKey: /Publishable key\s+(pk_\w+)/.exec(output)?.[1] ?? '',
    demoStamp: /A demo stamp\s+(\S+)/.exec(output)?.[1] ?? '',
    demoStamps,
    jwtPrivateKey: keys.privateKeyPem,
    stampKeys,
    startEnv,
  };
  return {
    info,
    interrupt() {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      return exited;
    },
    async dispose() {
      await stop(child);
      // An embedded server goes away whole with dispose(); a shared one keeps the backend's database.
      if (!database.embedded) await dropBackendDatabase(database.url);
      await database.dispose();
    },
  };
}

/**
 * Ctrl-C first: npm start stops its services, each in its own process group, which a SIGKILL of
 * npm start alone would leave running.
 */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function dropBackendDatabase(url: string) {
  const server = new URL(url);
  const name = `${server.pathname.slice(1)}_backend`;
  server.pathname = '/postgres';
  const sql = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}
