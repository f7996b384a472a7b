import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, type TestDatabase } from '@ocop/dev-postgres';
import { generateKeyPair, mintToken } from '@ocop/traceability';
import postgres from 'postgres';
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
  let backendPort: number;
  let privateKey: string;
  const mintOfficial = () =>
    mintToken(
      privateKey,
      { actorType: 'official', actorId: 'start-test', roles: ['inspector'], province: null },
      { issuer: 'ocop-backend' },
    );

  beforeAll(async () => {
    database = await createTestDatabase('start_test');
    port = await freePort();
    backendPort = await freePort();
    const keys = generateKeyPair();
    privateKey = keys.privateKeyPem;
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
        REGISTRY_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
        BACKEND_PORT: String(backendPort),
        // The admin dashboard's build is not what this test is about (docs/decisions/003).
        MEDUSA_ADMIN_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    // Registry, backend migrations, the demo seed (a year of orders) and Medusa's boot.
    const deadline = Date.now() + 240_000;
    while (!output.includes('Ctrl-C stops it') && Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    // An embedded server goes away whole with dispose(); a shared one keeps the backend's database.
    if (!database.embedded) await dropBackendDatabase(database.url);
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

  it('serves the certified catalog: only products with a certificate in force, from approved shops', async () => {
    expect(output).toContain(`http://localhost:${backendPort}/store/ocop/products`);
    const key = /Publishable key\s+(pk_\w+)/.exec(output)?.[1] as string;
    const store = { headers: { 'x-publishable-api-key': key } };
    const listed = (await (
      await fetch(`http://localhost:${backendPort}/store/ocop/products?limit=100`, store)
    ).json()) as any;
    // 41 registry products: 2 are community tourism (not shipped), 1 expired, 1 revoked.
    expect(listed.count).toBe(37);
    expect(new Set(listed.products.map((p: any) => p.certificate_status))).toEqual(
      new Set(['active', 'expiring']),
    );
    expect(new Set(listed.products.map((p: any) => p.sector)).size).toBeGreaterThanOrEqual(5);
    expect(listed.products.every((p: any) => p.stars >= 3 && p.price > 0 && p.province === 'An Giang')).toBe(
      true,
    );
    const operator = await fetch(`http://localhost:${backendPort}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'operator@demo.ocop.vn', password: 'demo-ocop-2026' }),
    });
    expect(operator.status).toBe(200);
    const medusa = (await (
      await fetch(`http://localhost:${backendPort}/store/products?limit=100&fields=id`, store)
    ).json()) as any;
    expect(medusa.products.map((p: any) => p.id).sort()).toEqual(
      listed.products.map((p: any) => p.id).sort(),
    );
  });

  it('fed a year of marketplace orders and other channels into the registry ledger', async () => {
    const token = mintOfficial();
    const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // the ledger's day is Vietnam's
    const summary = (await (
      await fetch(`http://localhost:${port}/v1/sales/summary?from=${from}&to=${to}&groupBy=channel`, {
        headers: { authorization: `Bearer ${await token}` },
      })
    ).json()) as any;
    const byChannel = Object.fromEntries(summary.rows.map((r: any) => [r.key, r]));
    expect(Object.keys(byChannel).sort()).toEqual(['livestream', 'marketplace', 'showroom', 'supermarket']);
    expect(byChannel.marketplace.events).toBeGreaterThanOrEqual(500);
    const registry = (await (
      await fetch(`http://localhost:${port}/v1/products`, {
        headers: { authorization: `Bearer ${await token}` },
      })
    ).json()) as any;
    expect(registry.products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(registry.products.map((p: any) => p.sector)).size).toBeGreaterThanOrEqual(5);
  });

  it('stops every process on Ctrl-C (SIGINT) and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${backendPort}/health`)).rejects.toThrow();
  });
});

async function dropBackendDatabase(url: string) {
  const server = new URL(url);
  const name = `${server.pathname.slice(1)}_backend`;
  server.pathname = '/postgres';
  const sql = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}
