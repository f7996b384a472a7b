import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createDb, demoStampUrls, parseStampKeys } from '@ocop/traceability';
import postgres from 'postgres';
import { loadDevEnv, provideDevDatabase, ROOT } from './dev-env';
import { BACKEND_DIR, backendEnv, medusa, migrateBackend } from './prepare-backend';
import { prepareRegistryDatabase } from './prepare-registry-database';
import { readableLogLine } from './readable-log-line';

/**
 * `npm start`: a PostgreSQL (DATABASE_URL or embedded), migrations, demo data once, then every
 * service that exists, each in its own process; Ctrl-C stops them all, then the database.
 */
const log = (m: string) => console.log(`[start] ${m}`);
const env = loadDevEnv();
const database = await provideDevDatabase(env, log);
log(
  database.embedded ? `Embedded PostgreSQL: ${redact(database.url)}` : `PostgreSQL: ${redact(database.url)}`,
);
await prepareRegistryDatabase(database.url, env, log);

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, command: string, args: string[], cwd: string, childEnv: Record<string, string>) {
  // Its own process group, so stopping it stops what it started too (`medusa develop` runs the
  // server in a child of its own).
  const child = spawn(command, args, {
    cwd,
    env: childEnv,
    // The services log pino's JSON on stderr; a person at the terminal reads it in words
    // (LOG_FORMAT=json: as it is).
    stdio: ['ignore', 'inherit', env.LOG_FORMAT === 'json' ? 'inherit' : 'pipe'],
    detached: true,
  });
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) =>
      process.stderr.write(`[${name}] ${readableLogLine(line)}\n`),
    );
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] ${name} exited (${signal ?? code}); stopping everything.`);
    void stop(1);
  });
  children.push(child);
  return child;
}

const storefrontPort = env.STOREFRONT_PORT ?? '3000';
const storefrontUrl = env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`;

// The registry: verifies tokens, so it gets the public key only. Browsers scanning a stamp
// are handed to the storefront's verify page; the storefront passes on the consumer's address.
run('registry', process.execPath, ['--import', 'tsx', 'src/main.ts'], path.join(ROOT, 'traceability'), {
  ...withoutKey(env, 'JWT_PRIVATE_KEY'),
  DATABASE_URL: database.url,
  STOREFRONT_URL: storefrontUrl,
  TRUST_PROXY: '127.0.0.1,::1',
});
await waitForHealth(`http://127.0.0.1:${env.REGISTRY_PORT}/health`, 'registry');

// The marketplace backend (Medusa): signs the tokens the registry accepts.
const backend = backendEnv(env, database.url);
try {
  await migrateBackend(backend, log);
  log('Backend: demo shops, products and a year of orders (first run only)…');
  await medusa(['exec', './src/scripts/seed-demo.ts'], backend, 'backend-seed.log');
} catch (e) {
  console.error(`[start] ${(e as Error).message}`);
  await stop(1);
}
// `develop` serves the admin dashboard from source; with the admin disabled, `start` is lighter.
const adminOn = backend.MEDUSA_ADMIN_DISABLED !== 'true';
run(
  'backend',
  path.join(ROOT, 'node_modules', '.bin', 'medusa'),
  [adminOn ? 'develop' : 'start'],
  BACKEND_DIR,
  backend,
);
await waitForHealth(`http://127.0.0.1:${backend.PORT}/health`, 'backend', 180_000);

const db = createDb(database.url, { max: 1 });
const [sample] = await demoStampUrls(
  db.sql,
  parseStampKeys(env.STAMP_KEYS ?? '', env.STAMP_ACTIVE_KEY_ID ?? 'A'),
  (env.PUBLIC_BASE_URL ?? '').replace(/\/$/, ''),
);
await db.end();
const publishableKey = await storefrontKey(backend.BACKEND_DATABASE_URL as string);
const registryUrl = `http://localhost:${env.REGISTRY_PORT}`;
const backendUrl = `http://localhost:${backend.PORT}`;

// The storefront: a production build served by storefront/server.js (STOREFRONT_DEV=true runs
// Vite's dev server with hot reload instead).
const storefrontDir = path.join(ROOT, 'storefront');
const storefrontEnv = {
  ...withoutKey(withoutKey(env, 'JWT_PRIVATE_KEY'), 'DATABASE_URL'),
  PORT: storefrontPort,
  STOREFRONT_URL: storefrontUrl,
  BACKEND_URL: backendUrl,
  REGISTRY_URL: registryUrl,
  MEDUSA_PUBLISHABLE_KEY: publishableKey,
};
const vite = path.join(ROOT, 'node_modules', '.bin', 'remix');
if (env.STOREFRONT_DEV === 'true') {
  run(
    'storefront',
    vite,
    ['vite:dev', '--port', storefrontPort, '--strictPort'],
    storefrontDir,
    storefrontEnv,
  );
} else {
  log('Storefront: building…');
  await buildStorefront(vite, storefrontDir, storefrontEnv).catch(async (e: Error) => {
    console.error(`[start] ${e.message}`);
    await stop(1);
  });
  run('storefront', process.execPath, ['server.js'], storefrontDir, {
    ...storefrontEnv,
    NODE_ENV: 'production',
  });
}
await waitForHealth(`http://127.0.0.1:${storefrontPort}/healthz`, 'storefront', 120_000);
console.log(`
  OCOP platform is running (Ctrl-C stops it)

  Storefront (shop)        ${storefrontUrl}
  Verify page              ${sample ? sample.replace(registryUrl, storefrontUrl) : '(none)'}

  Registry (traceability)  ${registryUrl}
  OpenAPI                  ${registryUrl}/openapi.json
  GS1 resolver             ${registryUrl}/.well-known/gs1resolver
  A demo stamp             ${sample ?? '(none)'}
                           (all of them: npm run stamps:demo; JSON verdict: curl -H 'Accept: application/json' <url>)
  Tokens for the API       npm run token -- --actor official

  Marketplace API (Medusa) ${backendUrl}
  Certified catalog        ${backendUrl}/store/ocop/products   (header x-publishable-api-key)
  Publishable key          ${publishableKey}
  Operator dashboard       ${adminOn ? `${backendUrl}/app  (operator@demo.ocop.vn / demo-ocop-2026)` : '(disabled: MEDUSA_ADMIN_DISABLED=true)'}
  Demo shop sign-in        shop01@demo.ocop.vn … shop12@demo.ocop.vn / demo-ocop-2026 (POST /auth/seller/emailpass)
  Demo officials           thanhtra@demo.ocop.vn (An Giang), bonn@demo.ocop.vn (national) / demo-ocop-2026
`);

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          signalGroup(child, 'SIGTERM');
          setTimeout(() => signalGroup(child, 'SIGKILL'), 8_000).unref();
        }),
    ),
  );
  await database.stop();
  log('stopped.');
  process.exit(code);
}

async function waitForHealth(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (stopping) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`[start] ${name} did not become healthy at ${url} within ${timeoutMs / 1000} s.`);
  await stop(1);
}

function buildStorefront(remix: string, cwd: string, childEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(remix, ['vite:build'], {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the storefront build failed (exit ${code})`)),
    );
  });
}

function withoutKey(env: Record<string, string>, key: string): Record<string, string> {
  const { [key]: _, ...rest } = env;
  return rest;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal); // the group is gone already, or was never made
  }
}

async function storefrontKey(url: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<
      { token: string }[]
    >`select token from api_key where title = 'OCOP Storefront' and revoked_at is null`;
    return row?.token ?? '(none)';
  } finally {
    await sql.end();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
