import { randomUUID } from 'node:crypto';
import type { VerifyOutcome } from './registry.server';

/**
 * Verdicts this storefront process fetched in the last minutes, so that the page a consumer
 * already has can be drawn again (another language, after sending a report) without asking the
 * registry, which would count it as another scan and turn a genuine pack amber. The id lives in
 * the consumer's signed session, so only the session that scanned can recall it; a recall that
 * misses (another process, a restart) falls back to a counted scan, as before.
 */
const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 5_000;
const recent = new Map<string, { path: string; outcome: VerifyOutcome; at: number }>();

export function rememberVerdict(path: string, outcome: VerifyOutcome, now = Date.now()): string {
  const id = randomUUID();
  if (recent.size >= MAX_ENTRIES) {
    // Insertion order is age order: drop the oldest tenth.
    for (const key of [...recent.keys()].slice(0, MAX_ENTRIES / 10)) recent.delete(key);
  }
  recent.set(id, { path, outcome, at: now });
  return id;
}

export function recallVerdict(id: string, path: string, now = Date.now()): VerifyOutcome | null {
  const entry = recent.get(id);
  if (!entry || entry.path !== path) return null;
  if (now - entry.at > TTL_MS) {
    recent.delete(id);
    return null;
  }
  return entry.outcome;
}
