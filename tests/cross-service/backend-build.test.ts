import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, type TestDatabase } from '@ocop/dev-postgres';
import { generateKeyPair } from '@ocop/traceability';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BACKEND = path.join(ROOT, 'backend');
const BUILT = path.join(BACKEND, '.medusa', 'server');
const MEDUSA = path.join(ROOT, 'node_modules', '.bin', 'medusa');

function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output: output.slice(-3000) }));
  });
}

/**
 * The production build: `medusa build` compiles the backend on its own into .medusa/server,
 * which then migrates a fresh database and serves our routes without the TypeScript sources
 * (NODE_ENV=production, admin off as in CI).
 */
describe('backend production build', () => {
  let database: TestDatabase | undefined;
  let server: ChildProcess | undefined;

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      server.kill('SIGKILL');
    }
    await database?.dispose();
  });

  it('builds, migrates and serves from .medusa/server', async () => {
    const env = { ...process.env, MEDUSA_ADMIN_DISABLED: 'true' };
    const built = await run(['build'], BACKEND, env);
    expect(built.code, built.output).toBe(0);
    expect(existsSync(path.join(BUILT, 'medusa-config.js'))).toBe(true);
    expect(existsSync(path.join(BUILT, 'src', 'api', 'hooks', 'registry', 'route.js'))).toBe(true);
    // The shared packages are required, not copied in: the built server loads their CommonJS builds.
    const searchWords = readFileSync(path.join(BUILT, 'src', 'lib', 'search', 'search-words.js'), 'utf8');
    expect(searchWords).toMatch(/require\("@ocop\/domain"\)/);
    const fromBuilt = createRequire(path.join(BUILT, 'medusa-config.js'));
    expect(fromBuilt.resolve('@ocop/domain')).toBe(
      path.join(ROOT, 'packages', 'domain', 'dist', 'index.cjs'),
    );
    expect(fromBuilt.resolve('@ocop/contracts')).toBe(
      path.join(ROOT, 'packages', 'contracts', 'dist', 'index.cjs'),
    );

    database = await createTestDatabase('backend_build');
    const keys = generateKeyPair();
    const port = await freePort();
    const secret = randomBytes(16).toString('hex');
    const serverEnv = {
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      BACKEND_DATABASE_URL: database.url,
      JWT_PRIVATE_KEY: keys.privateKeyPem,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      BACKEND_COOKIE_SECRET: randomBytes(16).toString('hex'),
      REGISTRY_WEBHOOK_SECRET: secret,
      OCOP_RECONCILE_DISABLED: 'true',
      OCOP_OUTBOX_WORKER_DISABLED: 'true',
    };
    const migrated = await run(['db:migrate'], BUILT, serverEnv);
    expect(migrated.code, migrated.output).toBe(0);

    server = spawn(MEDUSA, ['start'], { cwd: BUILT, env: serverEnv, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    while (
      !(await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (server.exitCode !== null) throw new Error(`the built backend exited (${server.exitCode})`);
      if (Date.now() > deadline) throw new Error('the built backend did not start within 120 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    // Our compiled webhook route answers: unsigned → 401, signed (v2: time and body) → 200.
    const body = JSON.stringify({ id: '1', topic: 'certificate.revoked', data: { productId: 'none' } });
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/hooks/registry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post({ 'x-ocop-signature': 'sha256=00' })).status).toBe(401);
    const t = String(Math.floor(Date.now() / 1000));
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    const signed = await post({ 'x-ocop-timestamp': t, 'x-ocop-signature': `t=${t},v1=${v1}` });
    expect(signed.status).toBe(200);
  });
});
