import { buildDeps } from './build-deps';
import { markExpirations } from './certificates/mark-expirations';
import { createDb } from './db/client';
import { migrateDatabase } from './db/migrate';
import { type Env, EnvError, loadEnv } from './env';
import { deliverDueEvents } from './events/deliver-events';
import { createRegistryServer } from './http/create-server';
import { eraseScanAddresses } from './scans/erase-scan-addresses';

let env: Env;
try {
  env = loadEnv();
} catch (error) {
  // A list of what to set, not a stack trace.
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
if (!env.DATABASE_URL) {
  console.error('DATABASE_URL is not set. Run `npm start` at the repository root, which provides one.');
  process.exit(1);
}
await migrateDatabase(env.DATABASE_URL);
const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
const deps = await buildDeps(env, db);
// A COPY cut off by a restart rolled back; say so instead of showing it as running forever.
await db.sql`update stamp_issuances set status = 'failed', error = 'Interrupted by a restart; no stamps were created.'
             where status = 'running'`;

const server = await createRegistryServer(deps);
server.listen(env.REGISTRY_PORT, '0.0.0.0', () =>
  console.log(`registry listening on http://localhost:${env.REGISTRY_PORT}`),
);

const every = (ms: number, job: () => Promise<unknown>) => {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    await job().catch((err) => deps.log.error({ err }, 'background job failed'));
    running = false;
  };
  void tick();
  return setInterval(tick, ms);
};
const timers = [
  every(2_000, () => deliverDueEvents(db.sql, { now: deps.clock })),
  every(60 * 60_000, () => markExpirations(db.db, deps.clock())),
  every(60 * 60_000, () => eraseScanAddresses(db.sql, deps.clock(), deps.config.scanAddressRetentionDays)),
];

const stop = () => {
  for (const t of timers) clearInterval(t);
  server.close(
    () => void Promise.all([db.end({ timeout: 5 }), deps.limits.close()]).then(() => process.exit(0)),
  );
  setTimeout(() => process.exit(0), 8_000).unref();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
