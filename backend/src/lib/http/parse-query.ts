import type { z } from '@medusajs/framework/zod';
import { shopError } from './shop-error';

/**
 * Query strings (and path parameters) are validated like bodies: a bad one is a 400 that says
 * what is wrong.
 */
export function parseQuery<S extends z.ZodTypeAny>(
  schema: S,
  query: unknown,
  what: 'query' | 'path' = 'query',
): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
  throw shopError('invalid_data', `Invalid ${what}: ${detail}`);
}
