import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { acceptRequestId, REQUEST_ID_HEADER } from '@ocop/contracts';

export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** The current request's id (the storefront's when it sent one), or null outside a request. */
export function currentRequestId(): string | null {
  return requestContext.getStore()?.requestId ?? null;
}

/** `x-request-id` for a call to the registry made on behalf of the current request. */
export function requestIdHeader(): Record<string, string> {
  const id = currentRequestId();
  return id ? { [REQUEST_ID_HEADER]: id } : {};
}

/**
 * Every request runs inside its id: answered in x-request-id, on each log line it causes and
 * passed on to the registry. A caller's id is kept when safe to log (@ocop/contracts).
 */
export function withRequestContext(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const requestId = acceptRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
  // Medusa's own access line reads req.requestId.
  (req as MedusaRequest & { requestId?: string }).requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  requestContext.run({ requestId }, () => next());
}
