import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './app-error';

/** Deeper than any body we take (a sales event with its lines is 4 levels). */
export const MAX_JSON_DEPTH = 32;
/** Far above any body we take; a stamp order or a sales event is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

// U+0000 is refused by PostgreSQL text; a lone surrogate is not Unicode and fails on encoding.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isBadText(s: string): boolean {
  return BAD_TEXT.test(s);
}

const BAD_TEXT_MESSAGE = 'contains a character that is not allowed (a NUL or an unpaired surrogate).';

/**
 * Throws on the first NUL or lone surrogate (in a value or a key) or nesting past
 * MAX_JSON_DEPTH. Walks with its own stack: a 100,000-deep array must not overflow ours.
 */
export function assertCleanJson(value: unknown, where: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v === 'string') {
      if (isBadText(v)) throw new AppError('invalid_text', `The request's ${where} ${BAD_TEXT_MESSAGE}`);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      throw new AppError(
        'json_too_deep',
        `The request's ${where} is nested more than ${MAX_JSON_DEPTH} levels deep.`,
      );
    }
    for (const [key, item] of Object.entries(v)) {
      if (isBadText(key)) throw new AppError('invalid_text', `The request's ${where} ${BAD_TEXT_MESSAGE}`);
      stack.push([item, depth + 1]);
    }
  }
}

function decoded(part: string, where: 'path' | 'query'): string {
  try {
    return decodeURIComponent(where === 'query' ? part.replaceAll('+', ' ') : part);
  } catch {
    throw new AppError('invalid_path', `The address is not valid (bad percent-encoding in the ${where}).`);
  }
}

/**
 * The path's segments and the query's keys and values, decoded, hold no bad text. Only an
 * escape can hide one (a raw NUL never passes Node's HTTP parser), so a target without "%"
 * that is clean as it stands is not parsed further: the verify hot path.
 */
function assertCleanTarget(href: string): void {
  const target = href.slice(href.indexOf('/', href.indexOf('//') + 2));
  if (!target.includes('%') && !isBadText(target)) return;
  const url = new URL(href);
  for (const segment of url.pathname.split('/')) {
    if (isBadText(decoded(segment, 'path'))) {
      throw new AppError('invalid_text', `The request's path ${BAD_TEXT_MESSAGE}`);
    }
  }
  for (const part of url.search.slice(1).split(/[&=]/)) {
    if (isBadText(decoded(part, 'query'))) {
      throw new AppError('invalid_text', `The request's query ${BAD_TEXT_MESSAGE}`);
    }
  }
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Runs before every route, so bad text, runaway nesting, bodies that are not JSON and broken
 * escapes end here as a 4xx with a code instead of reaching zod, PostgreSQL or a 500.
 * The body is read once and kept by Hono, so routes read it again for free.
 */
export function guardInput(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    },
  });
  return async (c, next) => {
    assertCleanTarget(c.req.url);
    if (!WITH_BODY.has(c.req.method) || !c.req.raw.body) return next();
    return limit(c, async () => {
      const text = await c.req.text();
      if (text.trim() === '') return next();
      if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new AppError(
          'unsupported_media_type',
          'Send the request body as JSON (Content-Type: application/json).',
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new AppError('validation_failed', 'The request body is not valid JSON.');
      }
      assertCleanJson(body, 'body');
      await next();
    });
  };
}
