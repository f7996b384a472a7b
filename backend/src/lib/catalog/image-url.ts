import { z } from '@medusajs/framework/zod';

/**
 * What may be shown as a picture or followed as a link: an absolute http(s) URL, or a path of
 * our own site (`/media/…`). zod's .url() took `javascript:alert(1)` and `data:` URLs, which
 * the storefront would render into href/src; `//host` is another site, so it is refused too.
 */
export function isSafeWebUrl(value: string): boolean {
  // Browsers drop tabs and newlines inside a URL ("java\tscript:"); no real address has them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (value.length === 0 || value.length > 2048 || /[\s\u0000-\u001f\\]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const webUrl = z
  .string()
  .refine(isSafeWebUrl, 'an https:// or http:// address, or a path of this site starting with /');
