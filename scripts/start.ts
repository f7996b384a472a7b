import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createDb, demoStampUrls, parseStampKeys } from '@ocop/traceability';
import { loadDevEnv, provideDevDatabase, ROOT } from './dev-env';
import { prepareRegistryDatabase } from './prepare-registry-database';

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

const services: Array<{ name: string; cwd: string; entry: string; port: string; health: string }> = [
  {
    name: 'registry',
    cwd: 'traceability',
    entry: 'src/main.ts',
    port: env.REGISTRY_PORT ?? '4000',
    health: '/health',
  },
];
const children: ChildProcess[] = [];
let stopping = false;

for (const service of services) {
  const child = spawn(process.execPath, ['--import', 'tsx', service.entry], {
    cwd: path.join(ROOT, service.cwd),
    // The token-signing key stays with the dev CLI: services get only what they verify with.
    env: { ...withoutKey(env, 'JWT_PRIVATE_KEY'), DATABASE_URL: database.url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] ${service.name} exited (${signal ?? code}); stopping everything.`);
    void stop(1);
  });
  children.push(child);
  await waitForHealth(`http://127.0.0.1:${service.port}${service.health}`, service.name);
}

const db = createDb(database.url, { max: 1 });
const [sample] = await demoStampUrls(
  db.sql,
  parseStampKeys(env.STAMP_KEYS ?? '', env.STAMP_ACTIVE_KEY_ID ?? 'A'),
  (env.PUBLIC_BASE_URL ?? '').replace(/\/$/, ''),
);
await db.end();
const registryUrl = `http://localhost:${env.REGISTRY_PORT}`;
console.log(`
  OCOP platform is running (Ctrl-C stops it)

  Registry (traceability)  ${registryUrl}
  OpenAPI                  ${registryUrl}/openapi.json
  GS1 resolver             ${registryUrl}/.well-known/gs1resolver
  A demo stamp             ${sample ?? '(none)'}
                           (all of them: npm run stamps:demo; JSON verdict: curl -H 'Accept: application/json' <url>)
  Tokens for the API       npm run token -- --actor official
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
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 8_000).unref();
        }),
    ),
  );
  await database.stop();
  log('stopped.');
  process.exit(code);
}

async function waitForHealth(url: string, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (stopping) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`[start] ${name} did not become healthy at ${url} within 60 s.`);
  await stop(1);
}

function withoutKey(env: Record<string, string>, key: string): Record<string, string> {
  const { [key]: _, ...rest } = env;
  return rest;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
