import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { DATA_DIR, ROOT } from './dev-env';

export const BACKEND_DIR = path.join(ROOT, 'backend');
const MEDUSA = path.join(ROOT, 'node_modules', '.bin', 'medusa');

/** The backend's database sits beside the registry's on the same server: `<name>_backend`. */
export function backendDatabaseUrl(registryUrl: string): string {
  const url = new URL(registryUrl);
  url.pathname = `/${url.pathname.slice(1) || 'postgres'}_backend`;
  return url.toString();
}

/** What the Medusa processes get: their database, the signing key pair and the registry. */
export function backendEnv(env: Record<string, string>, registryDatabaseUrl: string): Record<string, string> {
  const { DATABASE_URL: _registryDb, ...rest } = env;
  const port = env.BACKEND_PORT ?? '9000';
  return {
    ...rest,
    PORT: port,
    BACKEND_DATABASE_URL: env.BACKEND_DATABASE_URL ?? backendDatabaseUrl(registryDatabaseUrl),
    REGISTRY_URL: env.REGISTRY_URL ?? `http://localhost:${env.REGISTRY_PORT}`,
    BACKEND_PUBLIC_URL: env.BACKEND_PUBLIC_URL ?? `http://localhost:${port}`,
    // A fictional receiving account so the VietQR option works in the demo.
    VIETQR_BANK_BIN: env.VIETQR_BANK_BIN ?? '970405',
    VIETQR_ACCOUNT_NUMBER: env.VIETQR_ACCOUNT_NUMBER ?? '1600205123456',
    VIETQR_ACCOUNT_NAME: env.VIETQR_ACCOUNT_NAME ?? 'CHO OCOP AN GIANG (DEMO)',
  };
}

/**
 * Runs a Medusa CLI command in backend/, its output kept in .data/<log>; throws with the tail on
 * failure, answers the tail (the last 4 kB of output) on success.
 */
export async function medusa(args: string[], env: Record<string, string>, logName: string): Promise<string> {
  mkdirSync(DATA_DIR, { recursive: true });
  const logFile = path.join(DATA_DIR, logName);
  const out = createWriteStream(logFile);
  let tail = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(MEDUSA, args, { cwd: BACKEND_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Never outlive the caller (a crashed `npm start` once left a migration spinning).
    const killChild = () => child.kill('SIGKILL');
    process.once('exit', killChild);
    child.once('exit', () => process.off('exit', killChild));
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', resolve);
  });
  out.end();
  if (code !== 0) throw new Error(`medusa ${args.join(' ')} failed (${code}); see ${logFile}:\n${tail}`);
  return tail;
}

/** Creates the backend database when missing, then applies Medusa's and our modules' migrations. */
export async function migrateBackend(env: Record<string, string>, log: (m: string) => void): Promise<void> {
  const url = new URL(env.BACKEND_DATABASE_URL as string);
  const name = url.pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  const sql = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!exists) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
  log('Backend: applying migrations…');
  await medusa(['db:migrate'], env, 'backend-migrate.log');
}
