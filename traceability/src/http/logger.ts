import pino, { type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The registry's log (decision 020): one JSON object a line on stderr (stdout stays for what
 * `npm start` prints), with the service's name, an ISO time, and the request id wherever a
 * request is the cause, so a line can be found from the `requestId` a client was answered with.
 * Each request is logged at `debug` (LOG_LEVEL=debug), errors at `error`.
 */
export function createLogger(
  level: LogLevel = 'info',
  destination = pino.destination({ fd: 2, sync: false }),
): Logger {
  return pino(
    {
      level,
      base: { service: 'registry' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: pino.stdSerializers.errWithCause },
    },
    destination,
  );
}

/** A logger that writes nothing: tests that do not look at the log. */
export const silentLogger: Logger = pino({ level: 'silent' });
