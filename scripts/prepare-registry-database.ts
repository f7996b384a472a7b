import { createDb, DEMO_BATCH_CODE, migrateDatabase, seedDemo } from '@ocop/traceability';

/** Migrations, then the demo data (a no-op when it is already there). */
export async function prepareRegistryDatabase(
  url: string,
  env: Record<string, string>,
  log: (m: string) => void,
) {
  await migrateDatabase(url);
  const db = createDb(url, { max: 2 });
  try {
    const { created } = await seedDemo(db, { now: new Date(), stampKeyId: env.STAMP_ACTIVE_KEY_ID ?? 'A' });
    log(
      created > 0
        ? `Seeded demo data (${created} rows; demo batch ${DEMO_BATCH_CODE}).`
        : 'Demo data already present.',
    );
  } finally {
    await db.end();
  }
}
