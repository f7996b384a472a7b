/** A value a step just created or an invariant guarantees; a clear error instead of a TypeError. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none.`);
  return value;
}
