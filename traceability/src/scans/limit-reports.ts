import { parseStampPath } from '@ocop/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../http/app-error';
import { clientAddress, rateLimitKey } from '../http/client-address';
import type { RegistryDeps } from '../http/deps';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a note may keep tabs and line breaks.
const CONTROL_IN_NOTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * In front of the consumer's "report a fake" route (POST /v1/reports, alerts/alert-routes.ts):
 * reports open alerts that officials read, so one address, and any one stamp, may open only a
 * few. The stamp URL is a link someone may later open, so only http(s) is taken; every text is
 * stored and answered as plain text (JSON), never as markup.
 */
export function limitReports(deps: RegistryDeps): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const address = rateLimitKey(clientAddress(c, deps.config.trustedProxies));
    const wait = await deps.limits.reportsPerAddress.take(address);
    if (wait > 0) return tooMany(c, wait, 'from this network');
    const stamp = checkedStamp(await bodyOf(c));
    if (stamp) {
      const stampWait = await deps.limits.reportsPerStamp.take(stamp);
      if (stampWait > 0) return tooMany(c, stampWait, 'about this stamp');
    }
    await next();
  };
}

async function bodyOf(c: Context): Promise<Record<string, unknown> | null> {
  // guardInput has read and checked the body already; Hono keeps it, so this costs a parse.
  const body = await c.req.json().catch(() => null);
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

/** The stamp a report is about (as a limit key), after refusing links that are not http(s). */
function checkedStamp(body: Record<string, unknown> | null): string | null {
  if (!body) return null;
  const { stampUrl, contact, note } = body;
  if (typeof contact === 'string' && CONTROL.test(contact)) {
    throw new AppError('validation_failed', 'contact: control characters are not allowed.');
  }
  if (typeof note === 'string' && CONTROL_IN_NOTE.test(note)) {
    throw new AppError(
      'validation_failed',
      'note: control characters other than line breaks are not allowed.',
    );
  }
  if (typeof stampUrl !== 'string') return null;
  if (CONTROL.test(stampUrl)) {
    throw new AppError('validation_failed', 'stampUrl: control characters are not allowed.');
  }
  let url: URL;
  try {
    url = new URL(stampUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('validation_failed', 'stampUrl: only http and https addresses are taken.');
  }
  const parsed = parseStampPath(url.pathname);
  if (!parsed.ok) return null;
  const s = parsed.value;
  return `${s.primaryKey}/${s.batch}/${s.serial ?? ''}`;
}

function tooMany(c: Context, wait: number, what: string): Response {
  c.header('retry-after', String(wait));
  return c.json(
    {
      error: {
        code: 'rate_limited',
        message: `Too many reports ${what}; try again in ${Math.ceil(wait / 60)} min.`,
      },
    },
    429,
  );
}
