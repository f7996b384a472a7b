import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MemoryVerdictStore,
  RECENT_VERDICT_TTL_MS,
  RedisVerdictStore,
  redisVerdictStore,
} from './recent-verdicts.server';

const outcome = { kind: 'unknown', status: 404, message: null } as const;
const path = '/ocop/AG1/10/L1/21/abc';

describe('recent verdicts in memory (no REDIS_URL)', () => {
  it('recalls a verdict by its id for the same stamp path only, for fifteen minutes', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const store = new MemoryVerdictStore(() => now);
    const id = await store.remember(path, outcome);
    now += 60_000;
    expect(await store.recall(id, path)).toEqual(outcome);
    expect(await store.recall(id, '/ocop/AG1/10/L1/21/abd')).toBeNull();
    expect(await store.recall('not-an-id', path)).toBeNull();
    now += RECENT_VERDICT_TTL_MS;
    expect(await store.recall(id, path)).toBeNull();
  });

  it('keeps the newest 5,000 only', async () => {
    const store = new MemoryVerdictStore();
    const first = await store.remember('/p/first', outcome);
    for (let i = 0; i < MemoryVerdictStore.MAX_ENTRIES; i++) await store.remember(`/p/${i}`, outcome);
    expect(await store.recall(first, '/p/first')).toBeNull();
  });
});

// The machine's Redis (DEVELOPERS.md: 127.0.0.1:6379), or REDIS_URL's.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
const redisUp = await probe.connect().then(
  () => true,
  () => false,
);
if (!redisUp) console.warn(`SKIPPED: no Redis answers at ${REDIS_URL}; the shared-store tests need one.`);

describe.skipIf(!redisUp)('recent verdicts in Redis (REDIS_URL set): shared by storefront processes', () => {
  const prefix = `ocop:test:verdict:${randomUUID()}:`;
  // Two connections stand for two storefront processes behind one load balancer.
  let a: Redis;
  let b: Redis;
  beforeAll(() => {
    a = new Redis(REDIS_URL);
    b = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`);
    if (keys.length > 0) await a.del(...keys);
    await Promise.all([a.quit(), b.quit(), probe.quit()]);
  });

  it('recalls in one process a verdict another one kept, for its own stamp path only', async () => {
    const id = await new RedisVerdictStore(a, { prefix }).remember(path, outcome);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const other = new RedisVerdictStore(b, { prefix });
    expect(await other.recall(id as string, path)).toEqual(outcome);
    expect(await other.recall(id as string, '/ocop/AG1/10/L1/21/abd')).toBeNull();
    expect(await other.recall(randomUUID(), path)).toBeNull();
    expect(await other.recall('*', path)).toBeNull();
  });

  it('keeps the first verdict after boot, asked while the connection is still being made', async () => {
    // As production makes it: no offline queue, so a command sent while connecting used to fail
    // and the first scanned page of every storefront process was kept nowhere.
    const fresh = redisVerdictStore(REDIS_URL, { prefix });
    try {
      const id = await fresh.remember(path, outcome);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await new RedisVerdictStore(b, { prefix }).recall(id as string, path)).toEqual(outcome);
    } finally {
      await fresh.close();
    }
  });

  it('lets Redis forget it after the TTL', async () => {
    const store = new RedisVerdictStore(a, { prefix, ttlMs: 50 });
    const id = (await store.remember(path, outcome)) as string;
    expect(await a.pttl(`${prefix}${id}`)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 120));
    expect(await store.recall(id, path)).toBeNull();
  });

  it('never fails the page when Redis is away: nothing kept, nothing recalled, the error reported', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    const errors: unknown[] = [];
    const store = new RedisVerdictStore(down, { prefix, onError: (e) => errors.push(e) });
    expect(await store.remember(path, outcome)).toBeNull();
    expect(await store.recall(randomUUID(), path)).toBeNull();
    expect(errors).toHaveLength(2);
    down.disconnect();
  });
});
