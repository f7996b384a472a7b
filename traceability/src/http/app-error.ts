import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The registry's one error type. Codes are stable strings for clients; the HTTP status
 * for each lives in STATUS below and nowhere else.
 */
export const STATUS = {
  validation_failed: 400,
  malformed_stamp: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unknown_stamp: 404,
  conflict: 409,
  idempotency_conflict: 409,
  certificate_not_active: 409,
  not_certifiable: 422,
  batch_not_stampable: 409,
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
