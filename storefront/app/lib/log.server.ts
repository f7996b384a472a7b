import { AsyncLocalStorage } from 'node:async_hooks';
import { pino } from 'pino';

/**
 * The request a line of the storefront's log belongs to. server/create-app.js runs each request
 * inside it (with pino-http's id), taking it from the build (entry.server.tsx exports it), so
 * both sides use this one instance.
 */
export interface RequestContext {
  requestId: string;
}
export const requestContext = new AsyncLocalStorage<RequestContext>();

/** The current request's id, for the calls it makes to the backend and the registry. */
export function currentRequestId(): string | null {
  return requestContext.getStore()?.requestId ?? null;
}

/** `x-request-id` for an upstream call made on behalf of the current request (none outside one). */
export function requestIdHeader(): Record<string, string> {
  const id = currentRequestId();
  return id ? { 'x-request-id': id } : {};
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const level = LEVELS.includes(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as string) : 'info';

/**
 * pino, one JSON object per line on stderr (stdout keeps what `npm start` prints), with
 * `service: "storefront"` and the request id of whatever request the line came from.
 */
export const log = pino(
  {
    level,
    base: { service: 'storefront' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // pino-http's own lines carry the id already (its child logger's bindings).
    mixin: (_object, _level, logger) => {
      const id = currentRequestId();
      return id && !logger.bindings().requestId ? { requestId: id } : {};
    },
  },
  pino.destination(2),
);
