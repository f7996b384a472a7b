import { backendErrorCode } from '@ocop/contracts';
import { env } from './env.server';
import { UpstreamError, upstreamDown } from './http-error';
import { requestIdHeader } from './log.server';

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

export interface StoreRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** A signed-in customer's token: Medusa then scopes carts and orders to them. */
  token?: string | null;
}

export function toSearch(query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/**
 * The marketplace backend's store API, server-side only: the publishable key never needs to
 * reach the browser, and the customer's token stays in the session cookie.
 */
export async function store<T>(path: string, request: StoreRequest = {}): Promise<T> {
  // Without a key (development without npm start) the backend refuses every call anyway.
  if (!env.publishableKey) upstreamDown('backend');
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-publishable-api-key': env.publishableKey,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const response = await reach(`${env.backendUrl}${path}${toSearch(request.query)}`, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text().catch(() => upstreamDown('backend'));
  const data = text ? safeJson(text) : null;
  if (response.status >= 500) upstreamDown('backend', response.status);
  if (!response.ok) {
    const body = (data ?? {}) as { type?: string; code?: string; message?: string };
    throw new UpstreamError(
      response.status,
      // The backend's own code when it has one (@ocop/contracts), which pages translate.
      backendErrorCode(body) ?? body.type ?? body.code ?? 'backend_error',
      body.message ?? `The marketplace answered ${response.status}.`,
      retryAfter(response),
      body,
    );
  }
  return data as T;
}

/**
 * Medusa's auth routes (no publishable key needed): answers a token or an error. The shopper's
 * address goes along, so the backend limits sign-in attempts per shopper, not for all of us.
 */
export async function auth(
  path: string,
  body: unknown,
  clientAddress?: string | null,
): Promise<{ token: string }> {
  const forwarded = clientAddress?.replace(/^::ffff:/, '');
  const response = await reach(`${env.backendUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text().catch(() => upstreamDown('backend'));
  if (response.status >= 500) upstreamDown('backend', response.status);
  const data = (safeJson(text) ?? {}) as { token?: string; type?: string; message?: string };
  if (!response.ok || !data.token) {
    throw new UpstreamError(
      response.status,
      data.type ?? 'unauthorized',
      data.message ?? 'Sign-in failed.',
      retryAfter(response),
    );
  }
  return { token: data.token };
}

/** fetch, with "cannot connect" and timeouts answered as the backend being down. */
async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    // The shopper's request id goes along, so the backend's log lines join the storefront's.
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(requestIdHeader())) headers.set(name, value);
    return await fetch(url, { ...init, headers, signal: AbortSignal.timeout(15_000) });
  } catch {
    return upstreamDown('backend');
  }
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
