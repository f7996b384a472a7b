import { toVnIsoString } from '@ocop/domain';

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  25: 'http',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * One line of a service's log as `npm start` shows it to a person: the services write pino's JSON
 * (what production ships), the terminal gets "12:00:02 warn  message (request …)" in Hà Nội time,
 * with an error's stack below it. A line that is not pino's JSON is shown as it is.
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof entry.msg !== 'string' || typeof entry.level !== 'number') return line;
  const at = typeof entry.time === 'string' || typeof entry.time === 'number' ? new Date(entry.time) : null;
  const clock = at && !Number.isNaN(at.getTime()) ? toVnIsoString(at).slice(11, 19) : '--:--:--';
  const level = (LEVELS[entry.level] ?? String(entry.level)).padEnd(5);
  const request = typeof entry.requestId === 'string' ? ` (request ${entry.requestId})` : '';
  // pino-http's access line: what was asked and answered.
  const req = entry.req as { method?: unknown; url?: unknown } | undefined;
  const res = entry.res as { statusCode?: unknown } | undefined;
  const access =
    req && typeof req.method === 'string' && typeof req.url === 'string'
      ? ` ${req.method} ${req.url}${res && typeof res.statusCode === 'number' ? ` ${res.statusCode}` : ''}`
      : '';
  const err = entry.err as { stack?: unknown; message?: unknown } | undefined;
  const stack =
    entry.level >= 50 && err && typeof err.stack === 'string'
      ? `\n    ${err.stack.replaceAll('\n', '\n    ')}`
      : '';
  return `${clock} ${level} ${entry.msg}${access}${request}${stack}`;
}
