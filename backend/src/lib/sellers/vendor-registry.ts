import type { MedusaResponse } from '@medusajs/framework/http';
import { shopError } from '../http/shop-error';
import { RegistryError, registryClient } from '../registry/registry-client';
import type { VendorRequest } from './vendor-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Registry ids in paths are uuids; anything else is simply not found (as in the registry). */
export function registryId(value: unknown): string {
  if (typeof value === 'string' && UUID.test(value)) return value;
  throw shopError('registry_product_not_found', 'Not found.');
}

/**
 * Passes a vendor call through to the registry as the shop's producer. The registry's own
 * scoping answers 404 for another producer's batches and stamps; its answer (status, JSON
 * error codes, text/plain URL lists) reaches the caller unchanged. A shop that is not approved
 * never reaches the registry as its producer (docs/decisions/012); the registry checks the
 * binding again, so either check is enough.
 */
export async function forwardAsSeller(
  req: VendorRequest,
  res: MedusaResponse,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<void> {
  const producerId = req.seller.registry_producer_id;
  if (req.seller.status !== 'approved' || !producerId) {
    res.status(403).json({
      type: 'shop_not_approved',
      message: 'The shop acts for its producer in the OCOP registry only once it is approved.',
    });
    return;
  }
  const client = registryClient();
  const token = await client.sellerToken(req.auth_context.actor_id, { id: req.seller.id, producerId });
  const idempotencyKey = req.headers['idempotency-key'];
  try {
    const answer = await client.forward(
      token,
      method,
      path,
      body,
      typeof idempotencyKey === 'string' ? { 'idempotency-key': idempotencyKey } : {},
    );
    res.status(answer.status).setHeader('content-type', answer.contentType);
    res.send(answer.body);
  } catch (e) {
    if (e instanceof RegistryError) {
      res.status(e.status).json({ type: e.code, message: e.message });
      return;
    }
    throw e;
  }
}
