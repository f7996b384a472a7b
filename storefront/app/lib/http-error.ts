import { SHOPPER_ERROR_CODES, type ShopperErrorCode } from '@ocop/contracts/client';
import { data } from '@remix-run/node';

/** An error answer of the backend or the registry, with its machine-readable code. */
export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds the service asked us to wait (Retry-After of a 429). */
    readonly retryAfter?: number,
    /** The rest of the error body, for answers that carry more than a message (price_changed). */
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export function isUpstream(error: unknown, status?: number): error is UpstreamError {
  return error instanceof UpstreamError && (status === undefined || error.status === status);
}

/** What the storefront answers itself: a code for machines, the status for the error page. */
export interface StoreErrorBody {
  code: string;
  message: string;
}

/**
 * A refusal thrown from a loader or action: Remix draws the error page with this status (never a
 * 500 with a stack), and a fetcher gets the body.
 */
export function refuse(status: number, code: string, message: string, headers?: HeadersInit): never {
  throw data<StoreErrorBody>({ code, message }, { status, headers });
}

/**
 * The backend or registry could not be reached (503) or failed (502): the page says "try again
 * shortly" instead of a 500, and the shopper's input is not to blame.
 */
export function upstreamDown(service: 'backend' | 'registry', status?: number): never {
  if (status !== undefined) refuse(502, `${service}_failed`, `The ${service} answered ${status}.`);
  refuse(503, `${service}_unavailable`, `The ${service} cannot be reached.`, { 'retry-after': '30' });
}

/**
 * The dictionary key for what the backend refused (`apiErrors.<code>`), when its code is one the
 * shop has words for; null: say it in general words.
 */
export function refusalKey(error: unknown): `apiErrors.${ShopperErrorCode}` | null {
  if (!(error instanceof UpstreamError)) return null;
  return (SHOPPER_ERROR_CODES as readonly string[]).includes(error.code)
    ? `apiErrors.${error.code as ShopperErrorCode}`
    : null;
}
