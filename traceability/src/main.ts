import { buildDeps } from './build-deps';
import { createDb } from './db/client';
import { migrateDatabase } from './db/migrate';
import { type Env, EnvError, loadEnv } from './env';
import { createRegistryServer } from './http/create-server';
import { JOBS } from './jobs/job-queue';
import { startRegistryJobs } from './jobs/registry-jobs';

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
// Print runs accepted before the job queue existed have no job: say so instead of "running" forever.
// Those accepted since commit with their job and resume after a restart (decision 022).
await db.sql`
  update stamp_issuances i set status = 'failed', error = 'Interrupted by a restart; no stamps were created.'
  where status = 'running' and not exists (
    select 1 from ${db.sql(deps.jobs.schema)}.job j
    where j.name = ${JOBS.issueStamps} and j.data ->> 'issuanceId' = i.id::text)`;

const server = await createRegistryServer(deps);
server.listen(env.REGISTRY_PORT, '0.0.0.0', () =>
  console.log(`registry listening on http://localhost:${env.REGISTRY_PORT}`),
);
await startRegistryJobs(deps);

const stop = () => {
  server.close(
    () =>
      void Promise.all([deps.jobs.stop(), deps.limits.close()])
        .then(() => db.end({ timeout: 5 }))
        .then(() => process.exit(0)),
  );
  setTimeout(() => process.exit(0), 8_000).unref();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
