/**
 * Hands out the stamps' paths in turn, so each request scans a different stamp (a real scan
 * pattern, not one hot row). Share one cycle between phases so a stamp is scanned again only
 * after every other one was.
 */
export function cycleStampPaths(urls: readonly string[]): () => string {
  if (urls.length === 0) throw new Error('No stamp URLs to scan.');
  const paths = urls.map((url) => new URL(url).pathname);
  let next = 0;
  return () => {
    const path = paths[next] as string;
    next = (next + 1) % paths.length;
    return path;
  };
}
