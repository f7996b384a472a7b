/** postgres.js errors carry the SQLSTATE; drizzle may wrap them in `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

export function sqlState(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 3 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
