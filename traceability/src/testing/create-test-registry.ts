import { randomBytes, randomUUID } from 'node:crypto';
import { mintRegistryToken as mintToken } from '@ocop/contracts';
import { inject } from 'vitest';
import { generateKeyPair } from '../auth/generate-key-pair';
import { BACKEND_SERVICE_ID, type OfficialRole } from '../auth/principal';
import type { BindingStatus } from '../bindings/binding-transitions';
import { buildDeps } from '../build-deps';
import { createDb } from '../db/client';
import { loadEnv } from '../env';
import { createApp } from '../http/create-app';
import type { RegistryDeps } from '../http/deps';
import { createLogger, silentLogger } from '../http/logger';
import { startRegistryJobs } from '../jobs/registry-jobs';

const ISSUER = 'ocop-backend';

/** Response bodies in tests are checked field by field, so json() is typed loosely here. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface TestRegistry {
  deps: RegistryDeps;
  request(
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
      /** The socket's peer address, as @hono/node-server passes it (none by default). */
      peer?: string;
    },
  ): Promise<TestResponse>;
  tokens: {
    official(roles?: OfficialRole[], province?: string | null): Promise<string>;
    /**
     * A seller token as the backend forwards it. Without a shopId: the shop actively bound to
     * the producer (bound first if none is), so the token works; with one: that shop, as is.
     */
    seller(producerId: string, shopId?: string): Promise<string>;
    /** The backend's own token; another actorId is a service the registry does not trust. */
    service(actorId?: string): Promise<string>;
    /** Signed by a key the registry does not trust. */
    forged(producerId: string): Promise<string>;
  };
  /** Writes a binding row directly (the API's rules are tested in bindings/). */
  bind(producerId: string, options?: { status?: BindingStatus; shopId?: string }): Promise<TestBinding>;
  close(): Promise<void>;
}

export interface TestBinding {
  id: string;
  shopId: string;
  producerId: string;
}

/** The real app on the real test database, called in memory (no socket). */
export async function createTestRegistry(
  overrides: {
    clock?: () => Date;
    env?: Record<string, string>;
    /** Share a job queue schema with another test registry (two processes on one database). */
    jobSchema?: string;
    /** false: this registry enqueues but runs no jobs (a process that only serves HTTP). */
    workers?: boolean;
  } = {},
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
    VERIFY_UNKNOWN_LIMIT_PER_MINUTE: '0',
    REPORT_LIMIT_PER_HOUR: '0',
    REPORT_LIMIT_PER_STAMP_PER_DAY: '0',
    ...overrides.env,
  });
  const db = createDb(inject('databaseUrl'), { max: 5 });
  // Each test registry has its own job queue schema, so its workers run only its own jobs
  // (with its own clock); the whole database goes at the end of the run.
  const deps = await buildDeps(env, db, overrides.clock, {
    jobSchema: overrides.jobSchema ?? `jobs_${randomUUID().replaceAll('-', '').slice(0, 12)}`,
    log: process.env.DEBUG_REGISTRY ? createLogger('debug') : silentLogger,
  });
  if (overrides.workers !== false) await startRegistryJobs(deps, { pollingIntervalSeconds: 0.5 });
  const app = createApp(deps);
  const sign = (subject: Parameters<typeof mintToken>[1], pem = keys.privateKeyPem) =>
    mintToken(pem, subject, { issuer: ISSUER });
  const stranger = generateKeyPair();
  const bind: TestRegistry['bind'] = async (producerId, options = {}) => {
    const shopId = options.shopId ?? `sel_test_${randomUUID().replaceAll('-', '')}`;
    const [row] = await deps.sql<{ id: string }[]>`
      insert into producer_bindings (account_id, producer_id, status, claimed_by)
      values (${shopId}, ${producerId}, ${options.status ?? 'active'}, 'test')
      returning id`;
    if (!row) throw new Error('binding insert returned nothing');
    return { id: row.id, shopId, producerId };
  };
  const activeShop = async (producerId: string) => {
    const [held] = await deps.sql<{ account_id: string }[]>`
      select account_id from producer_bindings where producer_id = ${producerId} and status = 'active'`;
    return held?.account_id ?? (await bind(producerId)).shopId;
  };
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
      const bindings = options.peer ? { incoming: { socket: { remoteAddress: options.peer } } } : undefined;
      return app.request(path, { method, headers, body }, bindings);
    },
    tokens: {
      official: (roles = ['issuer', 'revoker', 'inspector'], province = null) =>
        sign({ actorType: 'official', actorId: `official-${randomUUID()}`, roles, province }),
      seller: async (producerId, shopId) =>
        sign({
          actorType: 'seller',
          actorId: `seller-${randomUUID()}`,
          producerId,
          shopId: shopId ?? (await activeShop(producerId)),
        }),
      service: (actorId = BACKEND_SERVICE_ID) => sign({ actorType: 'service', actorId }),
      forged: (producerId) =>
        sign(
          { actorType: 'seller', actorId: 'mallory', producerId, shopId: 'sel_mallory' },
          stranger.privateKeyPem,
        ),
    },
    bind,
    close: async () => {
      await deps.jobs.stop();
      await deps.limits.close();
      await db.end();
    },
  };
}
