import type { Context } from 'hono';

/** 429 with Retry-After and the registry's error shape (decision 013). */
export function answerTooMany(c: Context, wait: number): Response {
  c.header('retry-after', String(wait));
  return c.json(
    {
      error: {
        code: 'rate_limited',
        message: `Too many checks from this network; try again in ${wait} s.`,
      },
    },
    429,
  );
}
