import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from './auth/generate-key-pair';
import { EnvError, loadEnv } from './env';

const keys = generateKeyPair();
const complete = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://registry@db.internal:5432/registry',
  PUBLIC_BASE_URL: 'https://verify.ocop.vn',
  STAMP_KEYS: `A:${randomBytes(32).toString('base64')}`,
  JWT_PUBLIC_KEY: keys.publicKeyPem,
  NETWORK_HASH_SECRET: randomBytes(24).toString('base64url'),
};

const problemsOf = (source: Record<string, string>, devValues: string[] = []) => {
  try {
    loadEnv(source, devValues);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
};

describe('the registry environment', () => {
  it('boots production with every secret set', () => {
    const env = loadEnv(complete, []);
    expect(env.PUBLIC_BASE_URL).toBe('https://verify.ocop.vn');
    expect(env.TRUST_PROXY).toEqual([]);
    expect(env.VERIFY_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(env.VERIFY_UNKNOWN_LIMIT_PER_MINUTE).toBe(30);
  });

  it('refuses production without secrets, naming each one', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of [
      'STAMP_KEYS',
      'JWT_PUBLIC_KEY',
      'NETWORK_HASH_SECRET',
      'DATABASE_URL',
      'PUBLIC_BASE_URL',
    ]) {
      expect(
        problems.some((p) => p.startsWith(`${name} is missing`)),
        name,
      ).toBe(true);
    }
  });

  it('refuses production on development values and weak keys', () => {
    const problems = problemsOf({ ...complete, STAMP_KEYS: `A:${randomBytes(8).toString('base64')}` }, [
      complete.NETWORK_HASH_SECRET,
      keys.publicKeyPem,
    ]);
    expect(problems).toEqual([
      "JWT_PUBLIC_KEY is a development value from .data/dev-secrets.json (checks the backend's tokens)",
      'NETWORK_HASH_SECRET is a development value from .data/dev-secrets.json (hashes client networks in the scan log)',
      'STAMP_KEYS: key "A" has fewer than 32 random bytes',
    ]);
  });

  it('keeps development working on what npm start generates, without the production checks', () => {
    const { NODE_ENV: _, DATABASE_URL: __, PUBLIC_BASE_URL: ___, ...secrets } = complete;
    const env = loadEnv({ ...secrets, NODE_ENV: 'development' }, [complete.NETWORK_HASH_SECRET]);
    expect(env.PUBLIC_BASE_URL).toBe('http://localhost:4000');
  });

  it('refuses TRUST_PROXY=true and reads a list of proxies', () => {
    expect(problemsOf({ ...complete, TRUST_PROXY: 'true' })).toEqual([
      'TRUST_PROXY: "true" is no longer accepted: list the proxies\' addresses or CIDRs (e.g. 127.0.0.1,::1)',
    ]);
    expect(loadEnv({ ...complete, TRUST_PROXY: 'false' }, []).TRUST_PROXY).toEqual([]);
    expect(loadEnv({ ...complete, TRUST_PROXY: '127.0.0.1,::1,10.0.0.0/8' }, []).TRUST_PROXY).toHaveLength(3);
  });

  it('reads GS1_COMPANY_PREFIX (decision 017): unset by default, digits that leave an item reference', () => {
    expect(loadEnv(complete, []).GS1_COMPANY_PREFIX).toBeUndefined();
    expect(loadEnv({ ...complete, GS1_COMPANY_PREFIX: '' }, []).GS1_COMPANY_PREFIX).toBeUndefined();
    expect(loadEnv({ ...complete, GS1_COMPANY_PREFIX: ' 8934567 ' }, []).GS1_COMPANY_PREFIX).toBe('8934567');
    expect(problemsOf({ ...complete, GS1_COMPANY_PREFIX: '893-4567' })).toEqual([
      'GS1_COMPANY_PREFIX: a GS1 company prefix is digits only',
    ]);
    expect(problemsOf({ ...complete, GS1_COMPANY_PREFIX: '893456789012' })).toEqual([
      'GS1_COMPANY_PREFIX: a company prefix for GTIN-13s has 6 to 11 digits, got 12',
    ]);
    expect(problemsOf({ ...complete, GS1_COMPANY_PREFIX: '2001234' })[0]).toMatch(/restricted-circulation/);
  });

  it('stops a real production boot of main.ts before listening, printing every missing secret', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', REGISTRY_PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    for (const name of [
      'STAMP_KEYS',
      'JWT_PUBLIC_KEY',
      'NETWORK_HASH_SECRET',
      'DATABASE_URL',
      'PUBLIC_BASE_URL',
    ]) {
      expect(run.stderr).toContain(`${name} is missing`);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('listening');
  });
});
