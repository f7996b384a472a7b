import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { env } from './env.server';
import { log } from './log.server';
import type { VerifyOutcome } from './registry.server';

/**
 * Verdicts this storefront fetched in the last minutes, so that the page a consumer already has
 * can be drawn again (another language, after sending a report) without asking the registry,
 * which would count it as another scan and turn a genuine pack amber. The id lives in the
 * consumer's signed session, so only the session that scanned can recall it. With REDIS_URL set
 * they are kept in Redis, so every storefront process behind a load balancer can recall them;
 * without it, in this process. A recall that misses (another process without Redis, a restart,
 * Redis down) falls back to a counted scan, as before: a failure here never fails the page.
 */
export const RECENT_VERDICT_TTL_MS = 15 * 60_000;

export interface VerdictStore {
  /** The id to keep in the session, or null when it could not be kept. */
  remember(path: string, outcome: VerifyOutcome): Promise<string | null>;
  recall(id: string, path: string): Promise<VerifyOutcome | null>;
}

interface Entry {
  path: string;
  outcome: VerifyOutcome;
}

/** In this process: the most recent MAX_ENTRIES, each for the TTL. */
export class MemoryVerdictStore implements VerdictStore {
  static readonly MAX_ENTRIES = 5_000;
  private readonly recent = new Map<string, Entry & { at: number }>();

  constructor(private readonly now = () => Date.now()) {}

  async remember(path: string, outcome: VerifyOutcome): Promise<string> {
    const id = randomUUID();
    if (this.recent.size >= MemoryVerdictStore.MAX_ENTRIES) {
      // Insertion order is age order: drop the oldest tenth.
      for (const key of [...this.recent.keys()].slice(0, MemoryVerdictStore.MAX_ENTRIES / 10)) {
        this.recent.delete(key);
      }
    }
    this.recent.set(id, { path, outcome, at: this.now() });
    return id;
  }

  async recall(id: string, path: string): Promise<VerifyOutcome | null> {
    const entry = this.recent.get(id);
    if (!entry || entry.path !== path) return null;
    if (this.now() - entry.at > RECENT_VERDICT_TTL_MS) {
      this.recent.delete(id);
      return null;
    }
    return entry.outcome;
  }
}

/** How long a page waits for a Redis connection that is being made before it scans instead. */
const READY_TIMEOUT_MS = 1_000;

/** In Redis, shared by every storefront process; Redis drops each entry after the TTL. */
export class RedisVerdictStore implements VerdictStore {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix?: string; ttlMs?: number; onError?: (error: unknown) => void } = {},
  ) {}

  private key(id: string) {
    return `${this.options.prefix ?? 'ocop:storefront:verdict:'}${id}`;
  }

  /**
   * Waits (briefly) for the connection: the client fails commands fast while Redis is away (no
   * offline queue), which would also fail the first page after boot, sent while it connects.
   */
  private async ready(): Promise<void> {
    const { redis } = this;
    if (redis.status === 'ready') return;
    if (redis.status === 'wait') void redis.connect().catch(() => {});
    if (redis.status === 'end' || redis.status === 'close')
      throw new Error(`Redis connection is ${redis.status}`);
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        redis.off('error', onError);
        redis.off('end', onEnd);
        error ? reject(error) : resolve();
      };
      const onReady = () => done();
      const onError = (error: Error) => done(error);
      const onEnd = () => done(new Error('Redis connection ended'));
      const timer = setTimeout(() => done(new Error('Redis did not connect in time')), READY_TIMEOUT_MS);
      redis.once('ready', onReady);
      redis.once('error', onError);
      redis.once('end', onEnd);
    });
  }

  async remember(path: string, outcome: VerifyOutcome): Promise<string | null> {
    const id = randomUUID();
    try {
      await this.ready();
      const entry: Entry = { path, outcome };
      await this.redis.set(
        this.key(id),
        JSON.stringify(entry),
        'PX',
        this.options.ttlMs ?? RECENT_VERDICT_TTL_MS,
      );
      return id;
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  async recall(id: string, path: string): Promise<VerifyOutcome | null> {
    // Session ids are ours (UUIDs); anything else is not looked up.
    if (!/^[0-9a-f-]{36}$/.test(id)) return null;
    try {
      await this.ready();
      const raw = await this.redis.get(this.key(id));
      if (!raw) return null;
      const entry = JSON.parse(raw) as Entry;
      return entry.path === path ? entry.outcome : null;
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }
}

let store: VerdictStore | undefined;

function verdictStore(): VerdictStore {
  store ??= env.redisUrl
    ? redisVerdictStore(env.redisUrl, {
        onError: (error) => log.warn({ err: error }, 'recent verdicts: Redis failed'),
      })
    : new MemoryVerdictStore();
  return store;
}

/** The shared store as production runs it: fail fast while Redis is away, a counted scan meanwhile. */
export function redisVerdictStore(
  url: string,
  options: ConstructorParameters<typeof RedisVerdictStore>[1] = {},
) {
  return new RedisVerdictStore(
    new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
    options,
  );
}

export const rememberVerdict = (path: string, outcome: VerifyOutcome) =>
  verdictStore().remember(path, outcome);
export const recallVerdict = (id: string, path: string) => verdictStore().recall(id, path);
