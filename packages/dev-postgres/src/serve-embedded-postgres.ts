import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './create-test-database';
import { providePostgres } from './provide-postgres';

/*
 * A throw-away embedded PostgreSQL for runners that cannot import this ESM package (Jest for
 * the Medusa backend): prints {"url": …} on one line, serves until SIGTERM/SIGINT or until
 * stdin closes (the parent died), then stops and deletes its data.
 */
const dataDir = await mkdtemp(path.join(tmpdir(), 'ocop-pg-'));
const server = await providePostgres({
  dataDir,
  port: await freePort(),
  database: 'postgres',
  persistent: false,
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
