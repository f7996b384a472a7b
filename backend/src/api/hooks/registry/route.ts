import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { z } from '@medusajs/framework/zod';
import { syncRegistryProducts } from '../../../lib/catalog-sync';
import { verifyRegistrySignature } from '../../../lib/registry-subscription';

const CertificateEvent = z.object({
  // The registry's outbox id (a bigint, sent as a string).
  id: z.union([z.string(), z.number()]).transform(String),
  topic: z.string(),
  data: z.object({ productId: z.string() }).passthrough(),
});

/**
 * The registry's certificate events. The body only says which registry product changed: the
 * sync asks the registry for the current state, so events may come twice or out of order.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const secret = process.env.REGISTRY_WEBHOOK_SECRET;
  if (!secret) {
    res.status(503).json({ type: 'not_configured', message: 'REGISTRY_WEBHOOK_SECRET is not set.' });
    return;
  }
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody;
  if (!raw || !verifyRegistrySignature(raw, req.headers['x-ocop-signature'] as string | undefined, secret)) {
    res
      .status(401)
      .json({ type: 'invalid_signature', message: 'The x-ocop-signature header does not match.' });
    return;
  }
  const event = CertificateEvent.safeParse(req.body);
  if (!event.success) {
    res.status(400).json({ type: 'invalid_data', message: 'Not a registry certificate event.' });
    return;
  }
  const result = await syncRegistryProducts(req.scope, [event.data.data.productId]);
  res.json({
    received: event.data.id,
    synced: result.synced,
    listed: result.listed,
    delisted: result.delisted,
  });
};
