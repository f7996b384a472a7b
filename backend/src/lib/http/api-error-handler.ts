import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { type BackendErrorCode, isBackendErrorCode } from '@ocop/contracts';
import { setSecurityHeaders } from './security-headers';

type Mapped = { status: number; body: { type: string; code: BackendErrorCode; message: string } };

const CONFLICT: Mapped = {
  status: 409,
  body: {
    type: 'conflict',
    code: 'conflict',
    message: 'This was being changed by another request at the same moment. Try again.',
  },
};

function pgCode(err: Record<string, unknown>): string | undefined {
  const cause = err.cause as Record<string, unknown> | undefined;
  return [err.code, err.sqlState, cause?.code].find((c): c is string => typeof c === 'string');
}

/**
 * Errors that Medusa's handler answers with 500 although the caller is at fault (or only has to
 * retry). Matched on codes where there are any, else on the message the library throws.
 */
export function clientErrorOf(error: unknown): Mapped | null {
  if (!error || typeof error !== 'object') return null;
  const err = error as Record<string, unknown> & { message?: string };
  const message = String(err.message ?? '');
  if (err instanceof URIError || /^Failed to decode param/.test(message)) {
    return {
      status: 400,
      body: {
        type: 'invalid_path',
        code: 'invalid_path',
        message: 'The address is not valid (bad percent-encoding).',
      },
    };
  }
  // The locking providers throw a bare Error when a cart (or checkout) is already locked.
  if (/Failed to acquire lock|is already locked/.test(message)) return CONFLICT;
  const code = pgCode(err);
  if (
    code === '22021' ||
    code === '22P05' ||
    /invalid byte sequence|unsupported Unicode escape/.test(message)
  ) {
    return {
      status: 400,
      body: {
        type: 'invalid_text',
        code: 'invalid_text',
        message: 'A text in the request has a character that is not allowed.',
      },
    };
  }
  if (code === '22003' || /out of range for type/.test(message)) {
    return {
      status: 400,
      body: {
        type: 'invalid_data',
        code: 'invalid_data',
        message: 'A number in the request is out of range.',
      },
    };
  }
  if (code === '22P02' || code === '22007' || code === '22008' || /invalid input syntax for/.test(message)) {
    return {
      status: 400,
      body: { type: 'invalid_data', code: 'invalid_data', message: 'A value in the request is not valid.' },
    };
  }
  return null;
}

const medusaErrorHandler = errorHandler();

/**
 * The one error handler (defineMiddlewares({ errorHandler })): what the caller caused is a 4xx
 * with a code; what we caused is a plain 500, its detail logged, never sent.
 */
export function apiErrorHandler(
  err: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  if (res.headersSent) return next(err);
  setSecurityHeaders(req, res);
  const mapped = clientErrorOf(err);
  if (mapped) {
    res.status(mapped.status).json(mapped.body);
    return;
  }
  const answer = getHttpResponseFromError(err);
  // Our own errors keep their code and message whatever Medusa would say of the type (it rewrites
  // a conflict's code, for one): clients translate the code (@ocop/contracts backend-error).
  const code = (err as { code?: unknown })?.code;
  if (answer.statusCode < 500 && isBackendErrorCode(code)) {
    res
      .status(answer.statusCode)
      .json({ type: (err as { type?: string }).type, code, message: (err as Error).message });
    return;
  }
  if (answer.statusCode < 500) return medusaErrorHandler(err, req, res, next);
  const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console;
  logger.error(`${req.method} ${req.path} failed: ${(err as Error)?.stack ?? String(err)}`);
  res.status(500).json({
    type: 'unknown_error',
    code: 'unknown_error',
    message: 'Something went wrong on our side. Try again later.',
  });
}
