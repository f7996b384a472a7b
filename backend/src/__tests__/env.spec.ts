import { generateKeyPairSync } from 'node:crypto';
import { EnvError, parseBackendEnv } from '../env';

const keys = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseBackendEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseBackendEnv', () => {
  it('refuses to boot in production without secrets, naming each one', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of [
      'JWT_PRIVATE_KEY',
      'JWT_PUBLIC_KEY',
      'BACKEND_COOKIE_SECRET',
      'REGISTRY_WEBHOOK_SECRET',
      'BACKEND_DATABASE_URL',
    ]) {
      expect(problems.some((p) => p.startsWith(`${name} is missing`))).toBe(true);
    }
    expect(() => parseBackendEnv({ NODE_ENV: 'production' })).toThrow(/BACKEND_COOKIE_SECRET is missing/);
  });

  it('refuses production on the old development fallbacks and on Stripe without its webhook secret', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: 'dev-only-jwt-secret',
      JWT_PUBLIC_KEY: keys.publicKey,
      BACKEND_COOKIE_SECRET: 'dev-only-cookie-secret',
      REGISTRY_WEBHOOK_SECRET: 'short',
      BACKEND_DATABASE_URL: 'postgres://db/ocop',
      STRIPE_API_KEY: 'sk_live_x',
    });
    expect(problems).toEqual([
      'JWT_PRIVATE_KEY is not a PEM key',
      'BACKEND_COOKIE_SECRET is a development value (signs session cookies)',
      "REGISTRY_WEBHOOK_SECRET is shorter than 16 characters (checks the registry's signed events)",
      "STRIPE_WEBHOOK_SECRET is missing while STRIPE_API_KEY is set (checks Stripe's webhooks)",
    ]);
  });

  it('boots in production with real secrets and signs with the key pair', () => {
    const env = parseBackendEnv({
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: keys.privateKey.replaceAll('\n', '\\n'),
      JWT_PUBLIC_KEY: keys.publicKey,
      BACKEND_COOKIE_SECRET: 'c'.repeat(32),
      REGISTRY_WEBHOOK_SECRET: 'w'.repeat(32),
      BACKEND_DATABASE_URL: 'postgres://db/ocop',
    });
    expect(env.jwt).toEqual({ privateKey: keys.privateKey, publicKey: keys.publicKey });
    expect(env.cookieSecret).toBe('c'.repeat(32));
  });

  it("keeps development's fallbacks", () => {
    const env = parseBackendEnv({ NODE_ENV: 'development' });
    expect(env.jwt).toEqual({ secret: 'dev-only-jwt-secret' });
    expect(env.cookieSecret).toBe('dev-only-cookie-secret');
    expect(env.MEDUSA_WORKER_MODE).toBe('shared');
  });
});
