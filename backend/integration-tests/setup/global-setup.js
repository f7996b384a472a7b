// Gives the suites real parts: a PostgreSQL (DATABASE_URL's server when set, else a throw-away
// embedded one run in a child process; the provider package is ESM and Jest here is CommonJS)
// and a real OCOP registry (traceability/src/main.ts) on its own database and a free port.
const { spawn } = require('node:child_process');
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const net = require('node:net');
const path = require('node:path');
const { Client } = require('pg');

const REPO = path.resolve(__dirname, '../../..');

module.exports = async function globalSetup() {
  // The admin build takes ~30 s and 1.7 GB; tests never need it.
  process.env.MEDUSA_ADMIN_DISABLED = 'true';
  // The scheduled catalog reconciliation would race the assertions; tests call it directly.
  process.env.OCOP_RECONCILE_DISABLED = 'true';
  process.env.OCOP_OUTBOX_WORKER_DISABLED = 'true';
  // The tests' HTTP client plays the storefront, which forwards each shopper's address.
  process.env.TRUST_PROXY ??= '127.0.0.1,::1';
  // A (fictional) account for VietQR transfers.
  process.env.VIETQR_BANK_BIN = '970405';
  process.env.VIETQR_ACCOUNT_NUMBER = '1600205123456';
  process.env.VIETQR_ACCOUNT_NAME = 'CHO OCOP AN GIANG';
  // "card" runs on Medusa's system payment provider: no Stripe server is reachable from tests.
  process.env.OCOP_CARD_PROVIDER = 'pp_system_default';
  // An ES256 key pair for this run, as the registry would be given the public half.
  const keys = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  process.env.JWT_PRIVATE_KEY = keys.privateKey;
  process.env.JWT_PUBLIC_KEY = keys.publicKey;
  process.env.JWT_ISSUER = 'ocop-backend';
  process.env.REGISTRY_WEBHOOK_SECRET = randomBytes(24).toString('hex');

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const script = path.join(REPO, 'packages/dev-postgres/src/serve-embedded-postgres.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    globalThis.__OCOP_EMBEDDED_PG__ = child;
    serverUrl = await firstJsonLine(child).then((line) => line.url);
  }
  useServer(new URL(serverUrl));
  await startRegistry(new URL(serverUrl), keys.publicKey);
  await migrateTemplate(new URL(serverUrl));
};

/**
 * Medusa's migrations and links, once per run, into a template database: each spec file's
 * database is a copy of it (integration-tests/setup/runner.ts), so the runner finds nothing
 * left to migrate instead of running some 400 migrations per file.
 */
async function migrateTemplate(serverUrl) {
  const dbName = `ocop_medusa_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.query(`create database "${dbName}"`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${dbName}`;
  const medusa = path.join(REPO, 'node_modules/@medusajs/cli/cli.js');
  const child = spawn(process.execPath, [medusa, 'db:migrate', '--skip-scripts'], {
    cwd: path.join(REPO, 'backend'),
    env: { ...process.env, BACKEND_DATABASE_URL: databaseUrl.toString(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`migrating the template database failed (${code})`);
  globalThis.__OCOP_MEDUSA_TEMPLATE__ = { serverUrl: serverUrl.toString(), dbName };
  process.env.OCOP_MEDUSA_TEMPLATE_DB = dbName;
}

function useServer(url) {
  // test-utils turns SSL on for any database URL without "localhost" in it.
  process.env.DB_HOST = ['127.0.0.1', '::1', '[::1]'].includes(url.hostname) ? 'localhost' : url.hostname;
  process.env.DB_PORT = url.port || '5432';
  process.env.DB_USERNAME = decodeURIComponent(url.username) || 'postgres';
  process.env.DB_PASSWORD = decodeURIComponent(url.password);
}

async function startRegistry(serverUrl, publicKey) {
  const dbName = `ocop_registry_backend_it_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.query(`create database "${dbName}"`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${dbName}`;
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(REPO, 'traceability'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      REGISTRY_PORT: String(port),
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      STAMP_KEYS: `A:${randomBytes(32).toString('base64')}`,
      STAMP_ACTIVE_KEY_ID: 'A',
      JWT_PUBLIC_KEY: publicKey,
      NETWORK_HASH_SECRET: randomBytes(24).toString('hex'),
      JWT_PRIVATE_KEY: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  globalThis.__OCOP_REGISTRY__ = { child, serverUrl: serverUrl.toString(), dbName };
  process.env.REGISTRY_URL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the registry exited early (${child.exitCode})`);
    try {
      if ((await fetch(`${process.env.REGISTRY_URL}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the registry did not become healthy within 60 s');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function firstJsonLine(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited early (${code})`)));
  });
}
