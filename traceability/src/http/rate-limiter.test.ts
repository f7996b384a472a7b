import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimits, type RateLimits } from './rate-limiter';

const REDIS_URL = 'redis://127.0.0.1:6379';
const settings = {
  verify: { points: 3, duration: 60 },
  verifyUnknown: { points: 2, duration: 60 },
  reportsPerAddress: { points: 0, duration: 60 },
  reportsPerStamp: { points: 1, duration: 1 },
};

// One prefix per run, removed afterwards, so runs sharing the machine's Redis never meet.
const prefix = `ocop:test:${randomUUID()}`;
const redis = new Redis(REDIS_URL);
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

async function behavesAsALimit(limits: RateLimits) {
  const taken = [];
  for (let i = 0; i < 4; i++) taken.push(await limits.verify.take('203.0.113.9'));
  expect(taken.slice(0, 3)).toEqual([0, 0, 0]);
  expect(taken[3]).toBeGreaterThan(0);
  expect(taken[3]).toBeLessThanOrEqual(60);
  // Another address has its own budget.
  expect(await limits.verify.take('203.0.113.10')).toBe(0);

  expect(await limits.verifyUnknown.spent('a')).toBe(0);
  await limits.verifyUnknown.take('a');
  expect(await limits.verifyUnknown.spent('a')).toBe(0);
  await limits.verifyUnknown.take('a');
  expect(await limits.verifyUnknown.spent('a')).toBeGreaterThan(0);

  // 0 points: off.
  for (let i = 0; i < 50; i++) expect(await limits.reportsPerAddress.take('a')).toBe(0);

  // The window passes.
  expect(await limits.reportsPerStamp.take('s')).toBe(0);
  expect(await limits.reportsPerStamp.take('s')).toBe(1);
  await new Promise((done) => setTimeout(done, 1_100));
  expect(await limits.reportsPerStamp.take('s')).toBe(0);
}

describe('rate limits (rate-limiter-flexible)', () => {
  it('count in memory without Redis', async () => {
    const limits = createRateLimits(settings, { keyPrefix: prefix });
    expect(limits.store).toBe('memory');
    await behavesAsALimit(limits);
    await limits.close();
  });

  it('count in Redis when REDIS_URL is set, shared by every registry process', async () => {
    const one = createRateLimits(settings, { redisUrl: REDIS_URL, keyPrefix: `${prefix}:redis` });
    const two = createRateLimits(settings, { redisUrl: REDIS_URL, keyPrefix: `${prefix}:redis` });
    await Promise.all([one.ready(), two.ready()]);
    expect(one.store).toBe('redis');
    await behavesAsALimit(one);
    expect(await redis.keys(`${prefix}:redis:verify:*`)).not.toHaveLength(0);
    // A second process sees the first one's count.
    expect(await two.verify.take('203.0.113.9')).toBeGreaterThan(0);
    await Promise.all([one.close(), two.close()]);
  });

  it('keeps counting in memory while Redis cannot be reached', async () => {
    const limits = createRateLimits(settings, { redisUrl: 'redis://127.0.0.1:1', keyPrefix: prefix });
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await limits.verify.take('198.51.100.1'));
    expect(taken.map((t) => t > 0)).toEqual([false, false, false, true]);
    await limits.close();
  });
});
