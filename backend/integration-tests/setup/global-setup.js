// Gives @medusajs/test-utils a PostgreSQL: DATABASE_URL's server when set, else a throw-away
// embedded one run in a child process (the provider package is ESM; Jest here is CommonJS).
const { spawn } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const path = require('node:path');

module.exports = async function globalSetup() {
  // The admin build takes ~30 s and 1.7 GB; tests never need it.
  process.env.MEDUSA_ADMIN_DISABLED = 'true';
  // An ES256 key pair for this run, as the registry would be given the public half.
  const keys = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  process.env.JWT_PRIVATE_KEY = keys.privateKey;
  process.env.JWT_PUBLIC_KEY = keys.publicKey;
  process.env.JWT_ISSUER = 'ocop-backend';
  const given = process.env.DATABASE_URL;
  if (given) return useServer(new URL(given));
  const script = path.resolve(__dirname, '../../../packages/dev-postgres/src/serve-embedded-postgres.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]).url);
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited early (${code})`)));
  });
  globalThis.__OCOP_EMBEDDED_PG__ = child;
  useServer(new URL(url));
};

function useServer(url) {
  // test-utils turns SSL on for any database URL without "localhost" in it.
  process.env.DB_HOST = ['127.0.0.1', '::1', '[::1]'].includes(url.hostname) ? 'localhost' : url.hostname;
  process.env.DB_PORT = url.port || '5432';
  process.env.DB_USERNAME = decodeURIComponent(url.username) || 'postgres';
  process.env.DB_PASSWORD = decodeURIComponent(url.password);
}
