import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { sqlState } from '../db/is-unique-violation';
import { AppError, type ErrorCode, STATUS } from './app-error';
import type { Logger } from './logger';

/**
 * What a database refusal means for the client when a route let a bad value through: the
 * client sent something out of range, not a fault on our side. Anything else stays a 500.
 */
const CLIENT_SQL_STATES: Record<string, { code: ErrorCode; message: string }> = {
  '22003': { code: 'validation_failed', message: 'A number in the request is out of range.' },
  '22021': { code: 'invalid_text', message: 'The request contains text that cannot be stored.' },
  '22P05': { code: 'invalid_text', message: 'The request contains text that cannot be stored.' },
  '22P02': { code: 'validation_failed', message: 'A value in the request has the wrong form.' },
  '22007': { code: 'validation_failed', message: 'A date in the request is not valid.' },
  '22008': { code: 'validation_failed', message: 'A date in the request is out of range.' },
  '22001': { code: 'validation_failed', message: 'A text in the request is too long.' },
  '23503': { code: 'conflict', message: 'The request refers to something that does not exist.' },
  '23505': { code: 'conflict', message: 'That already exists.' },
  '23514': { code: 'validation_failed', message: 'A value in the request is not allowed.' },
};

const HTTP_CODES: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * The one error handler: an AppError's code and status; a client's mistake that slipped past
 * validation as its 4xx with a fixed message; anything else a plain 500 with the request id,
 * the details only in the log.
 */
export function handleError(log: Logger) {
  return (error: Error, c: Context) => {
    const answer = errorAnswer(error, c.get('requestId') as string | undefined, log);
    return c.json(answer.body, answer.status);
  };
}

/** What handleError answers, as status and body: also for answers made outside Hono. */
export function errorAnswer(error: unknown, requestId: string | undefined, log: Logger) {
  const answer = (code: ErrorCode, message: string, details?: unknown) => ({
    status: STATUS[code],
    body: { error: { code, message, requestId, details } },
  });
  if (error instanceof AppError) return answer(error.code, error.message, error.details);
  const failure = error instanceof Error ? error : new Error(String(error));
  const state = sqlState(failure);
  const client = state ? CLIENT_SQL_STATES[state] : undefined;
  if (client) {
    // Still logged: each one is a check missing in the route.
    log.warn({ requestId, sqlState: state, err: failure }, 'a client error reached the database');
    return answer(client.code, client.message);
  }
  if (failure instanceof HTTPException && failure.status < 500) {
    return answer(HTTP_CODES[failure.status] ?? 'validation_failed', 'The request could not be read.');
  }
  if (failure instanceof URIError) {
    return answer('invalid_path', 'The address is not valid (bad percent-encoding).');
  }
  log.error({ requestId, err: failure }, 'request failed');
  return answer('internal', 'Something went wrong on our side.');
}
