/**
 * The request id every service answers with, logs on each line a request caused, and passes on
 * to the services it calls, so one shopper's click can be followed from the storefront through
 * the backend to the registry.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A caller's request id, kept only when it is safe to log and to echo in a header (1–128 of
 * letters, digits and . _ : -); anything else gets a fresh id from the service instead.
 */
export function acceptRequestId(value: string | string[] | null | undefined): string | null {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' && SAFE_REQUEST_ID.test(one) ? one : null;
}
