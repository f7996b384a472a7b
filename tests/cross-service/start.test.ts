import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, type TestDatabase } from '@ocop/dev-postgres';
import { generateKeyPair } from '@ocop/traceability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs the README's `npm start` script for real (child processes, HTTP on a real port) against a
 * fresh database, then walks the done-when path: a demo stamp answers genuine, then
 * genuine_seen_before; one changed character answers unknown; Ctrl-C stops everything.
 */
describe('npm start', () => {
  let database: TestDatabase;
  let child: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase('start_test');
    port = await freePort();
    const keys = generateKeyPair();
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REGISTRY_PORT: String(port),
        STAMP_KEYS: `A:${randomBytes(32).toString('base64')}`,
        JWT_PUBLIC_KEY: keys.publicKeyPem,
        JWT_PRIVATE_KEY: keys.privateKeyPem,
        NETWORK_HASH_SECRET: randomBytes(16).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 90_000;
    while (!output.includes('Ctrl-C stops it') && Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await database.dispose();
  });

  it('prints the URLs and serves a demo stamp: genuine, then seen before; an altered serial is unknown', async () => {
    expect(output).toContain(`http://localhost:${port}/openapi.json`);
    const stamp = /A demo stamp\s+(\S+)/.exec(output)?.[1] as string;
    expect(stamp).toMatch(
      new RegExp(`^http://localhost:${port}/ocop/[A-Z0-9]+/10/AG-DEMO-01/21/[A-Za-z0-9_-]{20}$`),
    );

    const check = async (url: string) => {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      return { status: response.status, body: (await response.json()) as any };
    };
    const first = await check(stamp);
    expect(first).toMatchObject({ status: 200, body: { verdict: 'genuine' } });
    expect(first.body.certificate.status).toBe('active');
    expect(first.body.producer.address.province).toBe('An Giang');
    const second = await check(stamp);
    expect(second).toMatchObject({
      status: 200,
      body: { verdict: 'genuine_seen_before', scans: { count: 2 } },
    });
    const altered = stamp.slice(0, -1) + (stamp.endsWith('x') ? 'y' : 'x');
    expect(await check(altered)).toMatchObject({ status: 404, body: { verdict: 'unknown' } });
  });

  it('stops every process on Ctrl-C (SIGINT) and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
