import { config } from './config.server';
import { UpstreamError } from './http-error';

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
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-publishable-api-key': config.publishableKey,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const response = await fetch(`${config.backendUrl}${path}${toSearch(request.query)}`, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const data = text ? safeJson(text) : null;
  if (!response.ok) {
    const body = (data ?? {}) as { type?: string; code?: string; message?: string };
    throw new UpstreamError(
      response.status,
      body.type ?? body.code ?? 'backend_error',
      body.message ?? `The marketplace answered ${response.status}.`,
    );
  }
  return data as T;
}

/** Medusa's auth routes (no publishable key needed): answers a token or an error. */
export async function auth(path: string, body: unknown, token?: string): Promise<{ token: string }> {
  const response = await fetch(`${config.backendUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const data = (safeJson(await response.text()) ?? {}) as { token?: string; type?: string; message?: string };
  if (!response.ok || !data.token) {
    throw new UpstreamError(response.status, data.type ?? 'unauthorized', data.message ?? 'Sign-in failed.');
  }
  return { token: data.token };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
