import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/** `points` per `duration` seconds; 0 points turns the limit off. */
export interface Limit {
  points: number;
  duration: number;
}

/** One budget, counted per key (an address, a stamp). */
export class RateLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract | null,
    readonly points: number,
  ) {}

  /** Counts one use: 0 when allowed, else the seconds to wait. */
  async take(key: string): Promise<number> {
    if (!this.limiter) return 0;
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return secondsOf(refused);
      throw refused;
    }
  }

  /** Whether the key has used its budget already, without counting: the seconds to wait, or 0. */
  async spent(key: string): Promise<number> {
    if (!this.limiter) return 0;
    const state = await this.limiter.get(key).catch(() => null);
    return state && state.consumedPoints >= this.points ? secondsOf(state) : 0;
  }
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

export interface RateLimitSettings {
  /** Every verify from one address (real stamps included): generous, a crowd shares one NAT. */
  verify: Limit;
  /** Verifies that found nothing (forged or guessed codes): strict. */
  verifyUnknown: Limit;
  reportsPerAddress: Limit;
  reportsPerStamp: Limit;
}

export interface RateLimits {
  verify: RateLimit;
  verifyUnknown: RateLimit;
  reportsPerAddress: RateLimit;
  reportsPerStamp: RateLimit;
  /** Which store counts: Redis (shared by every registry process) or this process's memory. */
  store: 'redis' | 'memory';
  /** Resolves once Redis answers (at once for memory); until then counts fall back to memory. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Redis when a URL is given, so several registry processes share the counts; else memory,
 * which is right for one process (decision 013). Keys start with `keyPrefix`, so deployments
 * and test runs that share a Redis do not count each other.
 */
export function createRateLimits(
  settings: RateLimitSettings,
  store: { redisUrl?: string; keyPrefix: string },
): RateLimits {
  const redis = store.redisUrl
    ? // No offline queue: while Redis is away a limit falls back to memory at once instead of
      // holding every verify until it returns.
      new Redis(store.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : null;
  redis?.on('error', () => {
    // ioredis reconnects by itself; the insurance limiter counts meanwhile.
  });
  const make = (name: string, limit: Limit): RateLimit => {
    if (limit.points <= 0) return new RateLimit(null, 0);
    const options = { ...limit, keyPrefix: `${store.keyPrefix}:${name}` };
    const memory = new RateLimiterMemory(options);
    const limiter = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
      : memory;
    return new RateLimit(limiter, limit.points);
  };
  return {
    verify: make('verify', settings.verify),
    verifyUnknown: make('verify-unknown', settings.verifyUnknown),
    reportsPerAddress: make('reports-address', settings.reportsPerAddress),
    reportsPerStamp: make('reports-stamp', settings.reportsPerStamp),
    store: redis ? 'redis' : 'memory',
    ready: async () => {
      if (redis && redis.status !== 'ready') await new Promise((done) => redis.once('ready', done));
    },
    close: async () => {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
