import { createHash } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { backendEnv } from '../../env';
import { clientAddress, parseTrustedProxies, rateLimitKey } from './client-address';

export type AuthAction = 'sign_in' | 'register' | 'reset_password' | 'update';
interface Limit {
  points: number;
  /** Seconds. */
  duration: number;
}

/**
 * Attempts allowed per account (the e-mail named) and per client (address, IPv6 /64). Every
 * sign-in attempt counts, before the password is checked, so parallel guesses count too; a
 * successful sign-in clears its account's count. The client limits are loose because a whole
 * office or a carrier's NAT shares one address; the account limits are what stop guessing.
 */
export const AUTH_LIMITS: Record<AuthAction, { account?: Limit; client: Limit }> = {
  sign_in: { account: { points: 10, duration: 15 * 60 }, client: { points: 100, duration: 15 * 60 } },
  register: { account: { points: 5, duration: 60 * 60 }, client: { points: 30, duration: 60 * 60 } },
  reset_password: { account: { points: 5, duration: 60 * 60 }, client: { points: 20, duration: 60 * 60 } },
  update: { client: { points: 20, duration: 60 * 60 } },
};

type Limiters = { account?: RateLimiterAbstract; client: RateLimiterAbstract };
const limiters = new Map<string, Limiters>();
let redis: unknown;

/**
 * Redis when REDIS_URL is set (several server processes share the counts), else this process's
 * memory. Keys carry a tag of the database, so deployments (and test runs) sharing one Redis do
 * not count each other's attempts.
 */
function limitersFor(container: MedusaContainer, action: AuthAction): Limiters {
  const { REDIS_URL } = backendEnv();
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE);
  const tag = createHash('sha256')
    .update(`${projectConfig.databaseUrl ?? ''}|${projectConfig.databaseName ?? ''}`)
    .digest('hex')
    .slice(0, 8);
  // Per database as well: one process serving several apps (test files) keeps their counts apart.
  const known = limiters.get(`${tag}:${action}`);
  if (known) return known;
  const make = (scope: 'account' | 'client', limit: Limit): RateLimiterAbstract => {
    const options = { ...limit, keyPrefix: `ocop:auth:${tag}:${action}:${scope}` };
    if (!REDIS_URL) return new RateLimiterMemory(options);
    if (!redis) {
      // Loaded only with Redis configured; a Medusa dependency in every install that has Redis.
      const Redis = require('ioredis');
      redis = new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    }
    // Should Redis be down, each process keeps counting on its own rather than letting all in.
    return new RateLimiterRedis({
      ...options,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  };
  const { account, client } = AUTH_LIMITS[action];
  const made = { account: account && make('account', account), client: make('client', client) };
  limiters.set(`${tag}:${action}`, made);
  return made;
}

/** The account an attempt names, as the provider would find it (NFC, case-folded). */
export function accountKey(body: unknown, action: AuthAction): string | null {
  const field = action === 'reset_password' ? 'identifier' : 'email';
  const value = (body as Record<string, unknown> | null | undefined)?.[field];
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.normalize('NFC').trim().toLowerCase();
}

function tooMany(res: MedusaResponse, msBeforeNext: number) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  res
    .status(429)
    .set('Retry-After', String(seconds))
    .json({
      type: 'too_many_attempts',
      code: 'too_many_attempts',
      message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
}

/** Counts the attempt against its client and its account; answers 429 past either limit. */
export function limitAuth(action: AuthAction) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { account, client } = limitersFor(req.scope, action);
    const trusted = parseTrustedProxies(backendEnv().TRUST_PROXY);
    const clientKey = rateLimitKey(
      clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trusted),
    );
    const accountId = accountKey(req.body, action);
    const accountHash = accountId && createHash('sha256').update(accountId).digest('hex');
    const counted = await Promise.allSettled([
      client.consume(clientKey),
      account && accountHash ? account.consume(accountHash) : Promise.resolve(null),
    ]);
    const refused = counted
      .map((c) => (c.status === 'rejected' ? c.reason : null))
      .filter((r): r is RateLimiterRes => r instanceof RateLimiterRes);
    if (refused.length > 0) return tooMany(res, Math.max(...refused.map((r) => r.msBeforeNext)));
    const failed = counted.find((c) => c.status === 'rejected');
    if (failed) return next((failed as PromiseRejectedResult).reason);
    if (action === 'sign_in' && account && accountHash) {
      res.once('finish', () => {
        if (res.statusCode === 200) account.delete(accountHash).catch(() => undefined);
      });
    }
    next();
  };
}
