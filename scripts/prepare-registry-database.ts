import {
  createDb,
  DEMO_BATCH_CODE,
  migrateDatabase,
  seedDemo,
  silentLogger,
  startJobQueue,
} from '@ocop/traceability';

/** Migrations, then the demo data (a no-op when it is already there). */
export async function prepareRegistryDatabase(
  url: string,
  env: Record<string, string>,
  log: (m: string) => void,
) {
  await migrateDatabase(url);
  const db = createDb(url, { max: 2 });
  // Certificates the seed issues announce themselves through the queue, as the API's would.
  const jobs = await startJobQueue({ databaseUrl: url, log: silentLogger });
  try {
    const { created } = await seedDemo(db, {
      now: new Date(),
      stampKeyId: env.STAMP_ACTIVE_KEY_ID ?? 'A',
      jobs,
    });
    log(
      created > 0
        ? `Seeded demo data (${created} rows; demo batch ${DEMO_BATCH_CODE}).`
        : 'Demo data already present.',
    );
  } finally {
    await jobs.stop();
    await db.end();
  }
}
