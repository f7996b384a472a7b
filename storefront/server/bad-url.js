/**
 * What is wrong with a request target, or null: percent-escapes that are not UTF-8, NUL, and
 * lone surrogates reach loaders (and the backend's PostgreSQL, which answers NUL with a 500).
 * A bare "%" is let through: browsers send it as typed, and Remix reads it as a literal.
 * @param {string} target
 * @returns {'malformed_url' | 'invalid_characters' | null}
 */
export function badUrl(target) {
  let decoded;
  try {
    decoded = decodeURIComponent(target.replace(/%(?![0-9a-f]{2})/gi, '%25').replace(/\+/g, ' '));
  } catch {
    return 'malformed_url';
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we look for
  return /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(decoded)
    ? 'invalid_characters'
    : null;
}
