/**
 * A stored path (demo art is `/media/demo/…` on the storefront) as an absolute URL, for answers
 * and files read off our hosts: the verdict JSON, exports, EPCIS. Absolute URLs pass unchanged.
 */
export function absoluteUrl(pathOrUrl: string, base: string): string {
  try {
    return new URL(pathOrUrl, `${base.replace(/\/$/, '')}/`).toString();
  } catch {
    return pathOrUrl;
  }
}
