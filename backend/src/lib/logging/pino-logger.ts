import type { Logger } from '@medusajs/framework/types';
import { pino } from 'pino';
import { currentRequestId } from './request-context';

/**
 * Medusa's Logger on pino (decision 020 for the registry; the same JSON lines here): one object
 * per line on stderr with `service: "backend"` and the request id of the request that caused it.
 * Medusa's `http`, `verbose` and `silly` become pino levels of their own.
 */
export function createPinoLogger(
  level: string,
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  const log = pino(
    {
      level,
      customLevels: { http: 25, verbose: 15, silly: 5 },
      base: { service: 'backend' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
  const started = new Map<string, number>();
  let activities = 0;
  let previous: string | null = null;
  const message = (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data));
  return {
    shouldLog: (l: string) => log.isLevelEnabled(l),
    setLogLevel: (l: string) => {
      previous ??= log.level;
      log.level = l;
    },
    unsetLogLevel: () => {
      if (previous) log.level = previous;
      previous = null;
    },
    activity: (msg: string, config?: unknown) => {
      const id = `activity_${++activities}`;
      started.set(id, Date.now());
      log.info({ activityId: id, ...(config && typeof config === 'object' ? config : {}) }, msg);
      return id;
    },
    progress: (id: string, msg: string) => log.info({ activityId: id }, msg),
    success: (id: string, msg: string) => {
      const ms = Date.now() - (started.get(id) ?? Date.now());
      started.delete(id);
      log.info({ activityId: id, durationMs: ms }, msg);
      return { activityId: id, durationMs: ms };
    },
    failure: (id: string, msg: string) => {
      started.delete(id);
      log.error({ activityId: id }, msg);
      return { activityId: id };
    },
    panic: (data: unknown) => {
      log.fatal(
        data instanceof Error ? { err: data } : {},
        message(data instanceof Error ? data.message : data),
      );
      log.flush?.();
      process.exit(1);
    },
    error: (messageOrError: string | Error, error?: Error) => {
      if (messageOrError instanceof Error) log.error({ err: messageOrError }, messageOrError.message);
      else if (error) log.error({ err: error }, messageOrError);
      else log.error(messageOrError);
    },
    warn: (msg: string) => log.warn(message(msg)),
    info: (msg: string) => log.info(message(msg)),
    http: (msg: string) => log.http(message(msg)),
    verbose: (msg: string) => log.verbose(message(msg)),
    debug: (msg: string) => log.debug(message(msg)),
    silly: (msg: string) => log.silly(message(msg)),
    log: (...args: unknown[]) => log.info(args.map(message).join(' ')),
  };
}
