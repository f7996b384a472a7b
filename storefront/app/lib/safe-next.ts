const HERE = 'http://storefront.invalid';

/**
 * Only a path on this site, never an open redirect. The value is read the way a browser reads a
 * Location header (tabs and newlines dropped, backslashes taken for slashes, percent-encoding),
 * so "/\t/evil.example" or "/\\evil.example" cannot name another host: whatever the parser ends
 * up with must still be on our origin, and we hand back its normalised path, not the raw input.
 */
export function safeNext(next: string | undefined | null): string | null {
  if (typeof next !== 'string' || !next.startsWith('/')) return null;
  // Control characters would land in a Location header; a browser would drop some and we refuse all.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/%2F%2Fevil" normalises to a path that a second decode (some proxies) would read as "//evil".
  return path.startsWith('//') || /^\/(?:%2f|%5c|\\)/i.test(path) ? null : path;
}
