import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';

/** Deeper than any body we take (a product with variants and metadata is ~5 levels). */
export const MAX_JSON_DEPTH = 32;

export type BadInput = { type: 'invalid_text' | 'too_deep'; where: string };

// U+0000 is refused by PostgreSQL text; a lone surrogate is not Unicode and fails on encoding.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isBadText(s: string): boolean {
  return BAD_TEXT.test(s);
}

/**
 * The first NUL, lone surrogate (in a value or a key) or nesting past `maxDepth` in a parsed
 * body or query. Walks with its own stack: a 100,000-deep array must not overflow ours.
 */
export function findBadInput(value: unknown, where: string, maxDepth = MAX_JSON_DEPTH): BadInput | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v === 'string') {
      if (isBadText(v)) return { type: 'invalid_text', where };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) return { type: 'too_deep', where };
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      if (isBadText(key)) return { type: 'invalid_text', where };
      stack.push([item, depth + 1]);
    }
  }
  return null;
}

const MESSAGES: Record<BadInput['type'], string> = {
  invalid_text: 'contains a character that is not allowed (a NUL or an unpaired surrogate).',
  too_deep: `is nested more than ${MAX_JSON_DEPTH} levels deep.`,
};

/** What the path, query or body of a request has that no route could take, if anything. */
export function badInputOf(
  req: Pick<MedusaRequest, 'path' | 'query' | 'body'>,
): BadInput | { type: 'invalid_path'; where: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return { type: 'invalid_path', where: 'path' };
  }
  if (isBadText(path)) return { type: 'invalid_text', where: 'path' };
  return findBadInput(req.query, 'query') ?? findBadInput(req.body, 'body');
}

/** Runs before every route: bad text and runaway nesting end here as 400, not in PostgreSQL. */
export function guardInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const bad = badInputOf(req);
  if (!bad) return next();
  if (bad.type === 'invalid_path') {
    res
      .status(400)
      .json({ type: 'invalid_path', message: 'The address is not valid (bad percent-encoding).' });
    return;
  }
  res
    .status(400)
    .json({ type: bad.type, code: bad.type, message: `The request's ${bad.where} ${MESSAGES[bad.type]}` });
}
