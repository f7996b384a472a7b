import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { generateKeyPair } from '../auth/generate-key-pair';
import { mintToken } from '../auth/mint-token';
import type { OfficialRole } from '../auth/principal';
import { buildDeps } from '../build-deps';
import { createDb } from '../db/client';
import { loadEnv } from '../env';
import { createApp } from '../http/create-app';
import type { RegistryDeps } from '../http/deps';

const ISSUER = 'ocop-backend';

/** Response bodies in tests are checked field by field, so json() is typed loosely here. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface TestRegistry {
  deps: RegistryDeps;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  tokens: {
    official(roles?: OfficialRole[], province?: string | null): Promise<string>;
    seller(producerId: string): Promise<string>;
    service(): Promise<string>;
    /** Signed by a key the registry does not trust. */
    forged(producerId: string): Promise<string>;
  };
  close(): Promise<void>;
}

/** The real app on the real test database, called in memory (no socket). */
export async function createTestRegistry(
  overrides: { clock?: () => Date; env?: Record<string, string> } = {},
): Promise<TestRegistry> {
  const keys = generateKeyPair();
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    PUBLIC_BASE_URL: 'https://verify.test',
    STAMP_KEYS: `A:${randomBytes(32).toString('base64')},B:${randomBytes(32).toString('base64')}`,
    STAMP_ACTIVE_KEY_ID: 'B',
    JWT_PUBLIC_KEY: keys.publicKeyPem,
    NETWORK_HASH_SECRET: randomBytes(16).toString('hex'),
    VERIFY_RATE_LIMIT_PER_MINUTE: '0',
    ...overrides.env,
  });
  const db = createDb(inject('databaseUrl'), { max: 5 });
  const deps = await buildDeps(env, db, overrides.clock);
  deps.log = process.env.DEBUG_REGISTRY ? console.error : () => {};
  const app = createApp(deps);
  const sign = (subject: Parameters<typeof mintToken>[1], pem = keys.privateKeyPem) =>
    mintToken(pem, subject, { issuer: ISSUER });
  const stranger = generateKeyPair();
  return {
    deps,
    request: async (method, path, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      }
      return app.request(path, { method, headers, body });
    },
    tokens: {
      official: (roles = ['issuer', 'revoker', 'inspector'], province = null) =>
        sign({ actorType: 'official', actorId: `official-${randomUUID()}`, roles, province }),
      seller: (producerId) => sign({ actorType: 'seller', actorId: `seller-${randomUUID()}`, producerId }),
      service: () => sign({ actorType: 'service', actorId: 'backend' }),
      forged: (producerId) =>
        sign({ actorType: 'seller', actorId: 'mallory', producerId }, stranger.privateKeyPem),
    },
    close: () => db.end(),
  };
}
