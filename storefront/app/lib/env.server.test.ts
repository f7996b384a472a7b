import { describe, expect, it } from 'vitest';
import { DEV_SESSION_SECRET, EnvError, loadEnv } from './env.server';

const PROD = { NODE_ENV: 'production', MEDUSA_PUBLISHABLE_KEY: 'pk_test' };
const problems = (source: Record<string, string | undefined>) => {
  try {
    loadEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
};

describe('loadEnv', () => {
  it('gives development defaults, including the development session secret', () => {
    const env = loadEnv({});
    expect(env.sessionSecret).toBe(DEV_SESSION_SECRET);
    expect(env.trustedProxies).toEqual([]);
    expect(env.publicUrl).toBe('http://localhost:3000');
  });

  it('refuses production without a session secret, with the development one, or a short one', () => {
    expect(problems(PROD)).toEqual(['SESSION_SECRET is required in production']);
    expect(problems({ ...PROD, SESSION_SECRET: DEV_SESSION_SECRET })).toEqual([
      'SESSION_SECRET is the development secret',
    ]);
    expect(problems({ ...PROD, SESSION_SECRET: 'x'.repeat(31) })).toEqual([
      'SESSION_SECRET needs 32 characters or more',
    ]);
    expect(loadEnv({ ...PROD, SESSION_SECRET: 'x'.repeat(32) }).sessionSecret).toBe('x'.repeat(32));
  });

  it('lists everything that is missing at once', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'SESSION_SECRET is required in production',
      'MEDUSA_PUBLISHABLE_KEY is required in production',
    ]);
  });

  it('trusts nobody by default and only the proxies listed', () => {
    expect(loadEnv({ TRUST_PROXY: 'false' }).trustedProxies).toEqual([]);
    // Never "every hop", as Express reads true: this machine's proxies only, like the backend.
    expect(loadEnv({ TRUST_PROXY: 'true' }).trustedProxies).toEqual(['loopback']);
    expect(loadEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['10.0.0.0/33', 'proxy.example', '10.0.0.1/8/1', '*']) {
      expect(problems({ TRUST_PROXY: bad }), bad).toHaveLength(1);
    }
  });
});
