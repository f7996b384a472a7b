import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ProvidedPostgres, providePostgres } from '@ocop/dev-postgres';
import { generateKeyPair } from '@ocop/traceability';
import postgres from 'postgres';
import { ROOT } from './root';

export { ROOT } from './root';
export const DATA_DIR = path.join(ROOT, '.data');

interface DevSecrets {
  stampKeys: string;
  jwtPrivateKeyPem: string;
  jwtPublicKeyPem: string;
  networkHashSecret: string;
  registryWebhookSecret?: string;
  sessionSecret?: string;
}

/**
 * The environment for local runs: .env when present, then secrets generated once into
 * .data/dev-secrets.json (git-ignored) for whatever is still missing. Production sets every
 * variable itself (see .env.example) and never reaches the generated ones.
 */
export function loadDevEnv(): Record<string, string> {
  const envFile = path.join(ROOT, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const env = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const needsSecrets =
    !env.STAMP_KEYS ||
    !env.JWT_PUBLIC_KEY ||
    !env.NETWORK_HASH_SECRET ||
    !env.REGISTRY_WEBHOOK_SECRET ||
    !env.SESSION_SECRET;
  if (needsSecrets && env.NODE_ENV === 'production') {
    throw new Error(
      'NODE_ENV=production needs STAMP_KEYS, JWT_PUBLIC_KEY, NETWORK_HASH_SECRET and REGISTRY_WEBHOOK_SECRET set (see .env.example).',
    );
  }
  const secrets = needsSecrets ? devSecrets() : null;
  const registryPort = env.REGISTRY_PORT ?? '4000';
  return {
    ...env,
    REGISTRY_PORT: registryPort,
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? `http://localhost:${registryPort}`,
    STAMP_KEYS: env.STAMP_KEYS ?? secrets?.stampKeys ?? '',
    STAMP_ACTIVE_KEY_ID: env.STAMP_ACTIVE_KEY_ID ?? 'A',
    JWT_PUBLIC_KEY: env.JWT_PUBLIC_KEY ?? secrets?.jwtPublicKeyPem ?? '',
    JWT_PRIVATE_KEY: env.JWT_PRIVATE_KEY ?? secrets?.jwtPrivateKeyPem ?? '',
    NETWORK_HASH_SECRET: env.NETWORK_HASH_SECRET ?? secrets?.networkHashSecret ?? '',
    REGISTRY_WEBHOOK_SECRET: env.REGISTRY_WEBHOOK_SECRET ?? secrets?.registryWebhookSecret ?? '',
    SESSION_SECRET: env.SESSION_SECRET ?? secrets?.sessionSecret ?? '',
  };
}

function devSecrets(): DevSecrets {
  const file = path.join(DATA_DIR, 'dev-secrets.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
    // Files written before the backend existed lack its webhook secret: add it once.
    if (saved.registryWebhookSecret && saved.sessionSecret) return saved;
    const upgraded = {
      ...saved,
      registryWebhookSecret: saved.registryWebhookSecret ?? randomBytes(24).toString('base64url'),
      sessionSecret: saved.sessionSecret ?? randomBytes(32).toString('base64url'),
    };
    writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  const keys = generateKeyPair();
  const secrets: DevSecrets = {
    stampKeys: `A:${randomBytes(32).toString('base64')}`,
    jwtPrivateKeyPem: keys.privateKeyPem,
    jwtPublicKeyPem: keys.publicKeyPem,
    networkHashSecret: randomBytes(24).toString('base64url'),
    registryWebhookSecret: randomBytes(24).toString('base64url'),
    sessionSecret: randomBytes(32).toString('base64url'),
  };
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * DATABASE_URL when set; otherwise the embedded server under .data/postgres — reused when
 * another process (a running `npm start`) already serves it, started here when not.
 */
export async function provideDevDatabase(
  env: Record<string, string>,
  log: (m: string) => void,
): Promise<ProvidedPostgres> {
  if (env.DATABASE_URL)
    return providePostgres({ databaseUrl: env.DATABASE_URL, dataDir: '', port: 0, database: '' });
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/ocop`;
  if (await answers(url)) return { url, embedded: true, stop: async () => {} };
  log(`Starting embedded PostgreSQL on port ${port} (data in .data/postgres)…`);
  return providePostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port, database: 'ocop' });
}

async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
