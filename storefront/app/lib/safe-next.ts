/** Only a path on this site, never an open redirect ("//evil.example" is another site). */
export function safeNext(next: string | undefined | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}
