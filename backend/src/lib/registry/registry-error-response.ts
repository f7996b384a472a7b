import type { MedusaResponse } from '@medusajs/framework/http';

/**
 * Answers a registry failure (a RegistryError, or its copy after a workflow serialised it) with
 * the registry's status and code; an unreachable registry is a 503, never a bare 500. Answers
 * false for any other error, which the caller rethrows.
 */
export function answerRegistryError(res: MedusaResponse, error: unknown): boolean {
  const e = error as { status?: unknown; code?: unknown; message?: unknown } | null;
  if (typeof e?.status !== 'number' || typeof e.code !== 'string') return false;
  const status = e.status >= 500 ? 503 : e.status;
  res.status(status).json({ type: e.code, message: typeof e.message === 'string' ? e.message : e.code });
  return true;
}
