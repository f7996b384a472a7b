import { z } from 'zod';
import { isUpstream } from './http-error';

const PriceChanges = z.array(
  z.object({
    variant_id: z.string(),
    title: z.string(),
    old_unit_price: z.number(),
    new_unit_price: z.number(),
  }),
);
export type PriceChange = z.infer<typeof PriceChanges>[number];

/** A refusal of the backend or registry the shopper can act on, in words the page can say. */
export type Refusal =
  | { kind: 'too_many_attempts'; minutes: number }
  | { kind: 'price_changed'; changes: PriceChange[] };

/** Whole minutes to wait, rounded up: "after 0 minutes" would invite an immediate retry. */
export function minutesToWait(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

/**
 * The rate limits (429 too_many_attempts, with Retry-After) and a checkout whose prices moved
 * (409 price_changed with the changed lines); anything else is the caller's to handle.
 */
export function readRefusal(error: unknown): Refusal | null {
  if (!isUpstream(error)) return null;
  if (error.status === 429) return { kind: 'too_many_attempts', minutes: minutesToWait(error.retryAfter) };
  if (error.status === 409 && error.code === 'price_changed') {
    const changes = PriceChanges.safeParse(error.body?.changes);
    if (changes.success) return { kind: 'price_changed', changes: changes.data };
  }
  return null;
}
