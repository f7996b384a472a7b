import { VERDICT_VERSION, VERDICT_VERSION_HEADER, type VerdictResponse } from '@ocop/contracts';
import { env } from './env.server';
import { UpstreamError } from './http-error';
import { requestIdHeader } from './log.server';

export type VerifyOutcome =
  | { kind: 'verdict'; status: number; verdict: VerdictResponse }
  | { kind: 'unknown'; status: 404; message: { vi: string; en: string } | null }
  | { kind: 'malformed'; status: 400; message: string }
  | { kind: 'rate_limited'; status: 429; retryAfter: number }
  | { kind: 'unavailable'; status: 503 }
  /** A link preview or crawler: nothing was asked of the registry, no scan was counted. */
  | { kind: 'preview'; status: 200 };

/**
 * Asks the registry's resolver for the verdict of a stamp path (JSON), passing on who is
 * asking (their address, for the registry's rate limit and coarse scan province), so the
 * scan counts as the consumer's, not the storefront's.
 */
export async function verifyStamp(
  path: string,
  search: string,
  clientAddress: string | null | undefined,
): Promise<VerifyOutcome> {
  const forwarded = clientAddress?.replace(/^::ffff:/, '');
  let response: Response;
  try {
    response = await fetch(`${env.registryUrl}${path}${search}`, {
      headers: {
        // Verdict contract v3: batch codes answer batch_info (v2), never genuine; a certificate past
        // expiry whose timely re-evaluation is pending reads `extended` (Decision 26, Art. 12.3).
        accept: `application/json; version=${VERDICT_VERSION}`,
        [VERDICT_VERSION_HEADER]: String(VERDICT_VERSION),
        ...requestIdHeader(),
        ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      },
      signal: AbortSignal.timeout(8_000),
    });
  } catch {
    return { kind: 'unavailable', status: 503 };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  // 410: the stamp was voided (a lost or stolen roll); the body is still a full verdict.
  if ((response.status === 200 || response.status === 410) && body?.verdict)
    return { kind: 'verdict', status: response.status, verdict: body as VerdictResponse };
  if (response.status === 404) {
    return { kind: 'unknown', status: 404, message: (body?.message as { vi: string; en: string }) ?? null };
  }
  if (response.status === 400) {
    const error = body?.error as { message?: string } | undefined;
    return { kind: 'malformed', status: 400, message: error?.message ?? '' };
  }
  if (response.status === 429) {
    return {
      kind: 'rate_limited',
      status: 429,
      retryAfter: Number(response.headers.get('retry-after') ?? 60),
    };
  }
  return { kind: 'unavailable', status: 503 };
}

/**
 * A consumer's report of a suspected fake: opens an alert for officials in the registry. Their
 * address goes along (as for a scan), so the registry's limit on reports is theirs alone.
 */
export async function reportFake(
  input: {
    stampUrl: string;
    note: string;
    province: string | null;
    contact: string | null;
  },
  clientAddress?: string | null,
): Promise<{ id: string }> {
  const forwarded = clientAddress?.replace(/^::ffff:/, '');
  let response: Response;
  try {
    response = await fetch(`${env.registryUrl}/v1/reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...requestIdHeader(),
        ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(8_000),
    });
  } catch {
    throw new UpstreamError(503, 'registry_unavailable', 'The registry cannot be reached.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    error?: { code?: string; message?: string };
  };
  if (!response.ok || !body.id) {
    throw new UpstreamError(
      response.status,
      body.error?.code ?? 'report_failed',
      body.error?.message ?? 'Report failed',
      Number(response.headers.get('retry-after')) || undefined,
    );
  }
  return { id: body.id };
}
