import {
  BACKEND_SERVICE_ID,
  mintRegistryToken,
  type RegistryAnswer,
  type RegistryBody,
  type TokenSubject,
} from '@ocop/contracts';
import type { BindingAction, BindingStatus } from '../../modules/seller/seller-status';
import { requestIdHeader } from '../logging/request-context';

/** The registry's view of a product and the certificate in force (GET /v1/products/:id). */
export type RegistryProduct = RegistryAnswer<'/v1/products/{id}', 'get'>;
export type RegistryCertificate = NonNullable<RegistryProduct['certificate']>;
export type RegistryProducer = RegistryAnswer<'/v1/producers/{id}', 'get'>;
/** A production batch (GET /v1/products/:id/batches). */
export type RegistryBatch = RegistryAnswer<'/v1/products/{productId}/batches', 'get'>['batches'][number];

/** Which shop account acts for which producer (docs/decisions/012). */
export interface RegistryBinding {
  id: string;
  accountId: string;
  producerId: string;
  status: BindingStatus;
  reason?: string | null;
}

/** A producer the registry does not know yet: the claim is its first evaluation. */
export type NewProducer = NonNullable<RegistryBody<'/v1/producer-bindings', 'post'>['newProducer']>;

export type BindingClaim =
  | { accountId: string; producerId: string }
  | { accountId: string; newProducer: NewProducer };

export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RegistryConfig {
  url: string;
  privateKey: string | undefined;
  issuer: string;
}

export function registryConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return {
    url: (env.REGISTRY_URL ?? 'http://localhost:4000').replace(/\/$/, ''),
    privateKey: env.JWT_PRIVATE_KEY?.replaceAll('\\n', '\n'),
    issuer: env.JWT_ISSUER ?? 'ocop-backend',
  };
}

/**
 * Talks to the OCOP registry as the backend service. The token is signed with the same ES256
 * key the backend signs members' tokens with, so the registry needs only the public half.
 */
export class RegistryClient {
  private token: { value: string; until: number } | null = null;

  constructor(
    private readonly config: RegistryConfig = registryConfigFromEnv(),
    private readonly send: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  get baseUrl(): string {
    return this.config.url;
  }

  /**
   * A short-lived token for one shop's producer: what the registry would accept from the shop's
   * member, so the registry's own producer scoping applies to every call made for the shop.
   */
  sellerToken(actorId: string, shop: { id: string; producerId: string }): Promise<string> {
    // The registry checks an active binding of (shop, producer) on every request.
    return this.sign({ actorType: 'seller', actorId, producerId: shop.producerId, shopId: shop.id }, '5m');
  }

  /** Signs Medusa-shaped claims with the backend's ES256 key, as its own auth tokens are. */
  private sign(subject: TokenSubject, expiresIn: '5m' | '15m'): Promise<string> {
    if (!this.config.privateKey) {
      throw new RegistryError(
        503,
        'registry_unconfigured',
        'JWT_PRIVATE_KEY is not set: the backend cannot call the registry.',
      );
    }
    return mintRegistryToken(this.config.privateKey, subject, { issuer: this.config.issuer, expiresIn });
  }

  /** Calls the registry as a shop and answers its raw response (status, type, body). */
  async forward(
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    timeoutMs = 30_000,
  ): Promise<{ status: number; contentType: string; body: string }> {
    let response: Response;
    try {
      response = await this.send(`${this.config.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          // The request this call serves, so the registry's log lines join ours.
          ...requestIdHeader(),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw new RegistryError(
        503,
        'registry_unavailable',
        `The OCOP registry did not answer: ${(e as Error).message}`,
      );
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: await response.text(),
    };
  }

  async serviceToken(): Promise<string> {
    const now = Date.now();
    if (this.token && this.token.until > now + 60_000) return this.token.value;
    const value = await this.sign({ actorType: 'service', actorId: BACKEND_SERVICE_ID }, '15m');
    this.token = { value, until: now + 15 * 60_000 };
    return value;
  }

  /** Calls the registry as the backend service; a non-2xx answer is a RegistryError. */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    timeoutMs?: number,
  ): Promise<T> {
    const answer = await this.forward(await this.serviceToken(), method, path, body, headers, timeoutMs);
    const parsed = answer.body ? safeJson(answer.body) : null;
    if (answer.status >= 400) {
      const error = (parsed as { error?: { code?: string; message?: string } } | null)?.error;
      throw new RegistryError(
        answer.status,
        error?.code ?? 'registry_error',
        error?.message ?? `The registry answered ${answer.status}.`,
      );
    }
    return parsed as T;
  }

  /** The product and its certificate in force, or null when the registry has no such product. */
  async product(id: string): Promise<RegistryProduct | null> {
    try {
      return await this.request<RegistryProduct>('GET', `/v1/products/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400)) return null;
      throw e;
    }
  }

  /** A producer's products with their certificates in force. */
  async productsOf(producerId: string): Promise<RegistryProduct[]> {
    const { products } = await this.request<{ products: RegistryProduct[] }>(
      'GET',
      `/v1/products?producerId=${encodeURIComponent(producerId)}`,
    );
    return products;
  }

  async producer(id: string, timeoutMs?: number): Promise<RegistryProducer | null> {
    try {
      return await this.request<RegistryProducer>(
        'GET',
        `/v1/producers/${encodeURIComponent(id)}`,
        undefined,
        {},
        timeoutMs,
      );
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400)) return null;
      throw e;
    }
  }

  /** A product's batches, oldest first; none when the registry has no such product. */
  async batches(productId: string, timeoutMs?: number): Promise<RegistryBatch[]> {
    try {
      const { batches } = await this.request<{ batches: RegistryBatch[] }>(
        'GET',
        `/v1/products/${encodeURIComponent(productId)}/batches`,
        undefined,
        {},
        timeoutMs,
      );
      return batches;
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400)) return [];
      throw e;
    }
  }

  /** Claims a producer for a shop; always pending, whoever else claims or holds the producer. */
  async claimBinding(claim: BindingClaim): Promise<RegistryBinding> {
    return bindingOf(await this.request('POST', '/v1/producer-bindings', claim));
  }

  /** Undoes a claim that is still pending (registration compensating). */
  async deleteBinding(id: string): Promise<void> {
    try {
      await this.request('DELETE', `/v1/producer-bindings/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return;
      throw e;
    }
  }

  async binding(id: string): Promise<RegistryBinding | null> {
    try {
      return bindingOf(await this.request('GET', `/v1/producer-bindings/${encodeURIComponent(id)}`));
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400)) return null;
      throw e;
    }
  }

  /** The marketplace operator's decision, made as the service; `decidedBy` names the operator. */
  async decideBinding(
    id: string,
    decision: { action: BindingAction; reason?: string | null; decidedBy: string },
  ): Promise<RegistryBinding> {
    const body = {
      action: decision.action,
      decidedBy: decision.decidedBy,
      reason: decision.reason ?? undefined,
    };
    return bindingOf(
      await this.request('POST', `/v1/producer-bindings/${encodeURIComponent(id)}/decision`, body),
    );
  }

  /** Upserts the backend's subscription to certificate and binding events (by name). */
  async subscribe(input: { name: string; url: string; secret: string }) {
    return this.request('POST', '/v1/event-subscribers', {
      ...input,
      topics: [
        'certificate.issued',
        'certificate.renewed',
        'certificate.revoked',
        'certificate.expired',
        'producer_binding.changed',
      ],
    });
  }
}

/** The registry answers `{ binding }`; a bare binding is taken as well. */
function bindingOf(answer: unknown): RegistryBinding {
  const wrapped = (answer as { binding?: RegistryBinding } | null)?.binding;
  const binding = wrapped ?? (answer as RegistryBinding | null);
  if (!binding?.id || !binding.status) {
    throw new RegistryError(502, 'registry_error', 'The registry answered without a binding.');
  }
  return binding;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 200) } };
  }
}

let shared: RegistryClient | null = null;
/** One client per process, built from the environment on first use. */
export function registryClient(): RegistryClient {
  shared ??= new RegistryClient();
  return shared;
}
