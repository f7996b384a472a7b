import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The registry's one error type. Codes are stable strings for clients; the HTTP status
 * for each lives in STATUS below and nowhere else.
 */
export const STATUS = {
  validation_failed: 400,
  malformed_stamp: 400,
  /** occurredAt before the ledger's start (2018) or in the future. */
  occurred_at_out_of_range: 400,
  /** A NUL or an unpaired surrogate in the path, query or body (PostgreSQL cannot store them). */
  invalid_text: 400,
  /** A percent-escape in the address that does not decode. */
  invalid_path: 400,
  json_too_deep: 400,
  /** A commune not on the list of 1 July 2025 (communes-2025.json), or a code and a name that disagree. */
  unknown_commune: 400,
  /** A commune of another province than the one given. */
  commune_not_in_province: 400,
  /** More than one commune of the province answers to the name: give its code. */
  ambiguous_commune: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  /** A seller token whose shop has no active binding to the producer it names (decision 012). */
  binding_inactive: 403,
  /** A producer's own channels only: marketplace sales are the backend's to record. */
  channel_not_allowed: 403,
  /** A return or cancellation of a sale someone else (the backend) recorded. */
  sale_not_yours: 403,
  not_found: 404,
  unknown_stamp: 404,
  conflict: 409,
  invalid_transition: 409,
  producer_already_bound: 409,
  idempotency_conflict: 409,
  certificate_not_active: 409,
  /** A re-evaluation filed before its window opens (180 days before expiry, Decision 26 Art. 7.6a). */
  re_evaluation_not_open: 409,
  /** The certificate's re-evaluation was filed already (and is pending or decided). */
  re_evaluation_already_filed: 409,
  /** A decision on a re-evaluation that was never filed. */
  re_evaluation_not_filed: 409,
  not_certifiable: 422,
  batch_not_stampable: 409,
  /** GTINs identify trade items: a tourism service gets none (decision 017). */
  not_a_trade_item: 409,
  /** The producer's own GTIN wins: the platform gives none to a product that has one. */
  product_has_gtin: 409,
  /** GS1_COMPANY_PREFIX is unset: the platform gives no GTINs (decision 017). */
  gtin_prefix_not_configured: 409,
  /** Every item reference under GS1_COMPANY_PREFIX is given out; GTINs are never reused. */
  platform_gtins_exhausted: 409,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
