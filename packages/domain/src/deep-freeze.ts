/**
 * Freezes a value and everything inside it. Shared data (the default template, the criteria
 * file) is read by every caller: an accidental in-place edit must fail loudly instead of changing
 * other councils' scorecards. Edit a structuredClone instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
