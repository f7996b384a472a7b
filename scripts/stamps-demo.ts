import { createDb, demoStampUrls, parseStampKeys } from '@ocop/traceability';
import { loadDevEnv, provideDevDatabase } from './dev-env';
import { prepareRegistryDatabase } from './prepare-registry-database';

// Prints the demo batch's stamp URLs, one a line (stdout only: pipe it anywhere).
const env = loadDevEnv();
const log = (m: string) => console.error(m);
const database = await provideDevDatabase(env, log);
try {
  await prepareRegistryDatabase(database.url, env, log);
  const db = createDb(database.url, { max: 1 });
  const keys = parseStampKeys(env.STAMP_KEYS ?? '', env.STAMP_ACTIVE_KEY_ID ?? 'A');
  const urls = await demoStampUrls(db.sql, keys, (env.PUBLIC_BASE_URL ?? '').replace(/\/$/, ''));
  await db.end();
  process.stdout.write(`${urls.join('\n')}\n`);
} finally {
  await database.stop();
}
