import type { Context } from 'hono';

/** 429 with Retry-After and the registry's error shape (decision 013). */
export function answerTooMany(c: Context, wait: number): Response {
  c.header('retry-after', String(wait));
  return c.json(tooManyBody(wait), 429);
}

/** The body of a verify 429, also for answers made outside Hono (answer-verdict.ts). */
export function tooManyBody(wait: number) {
  return {
    error: { code: 'rate_limited', message: `Too many checks from this network; try again in ${wait} s.` },
  };
}
