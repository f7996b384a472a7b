import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MedusaContainer } from '@medusajs/framework/types';
import { z } from '@medusajs/framework/zod';
import { syncRegistryProducts } from '../../../lib/catalog/catalog-sync';
import { followProducerBinding } from '../../../lib/registry/follow-producer-binding';
import { registryClient } from '../../../lib/registry/registry-client';
import { answerRegistryError } from '../../../lib/registry/registry-error-response';
import { verifyRegistrySignature } from '../../../lib/registry/registry-subscription';
import { REGISTRY_INBOX_MODULE } from '../../../modules/registry-inbox';
import type RegistryInboxModuleService from '../../../modules/registry-inbox/service';

const RegistryEvent = z.object({
  // The registry's outbox id (a bigint, sent as a string).
  id: z.union([z.string().min(1).max(40), z.number().int()]).transform(String),
  topic: z.string().max(100),
  data: z.object({}).passthrough(),
});
const CertificateData = z.object({ productId: z.string() }).passthrough();
const BindingData = z.object({ bindingId: z.string() }).passthrough();

/**
 * The registry's signed events (docs/decisions/012). Bodies only say what changed: the backend
 * asks the registry for the current state, so events may come out of order; an event id
 * processed before does nothing (200, so the registry stops retrying).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const secret = process.env.REGISTRY_WEBHOOK_SECRET;
  if (!secret) {
    res.status(503).json({ type: 'not_configured', message: 'REGISTRY_WEBHOOK_SECRET is not set.' });
    return;
  }
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? '';
  const check = verifyRegistrySignature(
    raw,
    {
      signature: req.headers['x-ocop-signature'] as string | undefined,
      timestamp: req.headers['x-ocop-timestamp'] as string | undefined,
    },
    secret,
  );
  if (!check.ok) {
    const message =
      check.code === 'stale_signature'
        ? 'The delivery is more than 300 s old or ahead of this clock.'
        : 'The x-ocop-signature header does not match.';
    res.status(401).json({ type: check.code, message });
    return;
  }
  const event = parseEvent(req.body);
  const headerId = req.headers['x-ocop-event-id'];
  // The event id that counts is the signed one in the body; a header saying otherwise was altered.
  if (!event || (typeof headerId === 'string' && headerId !== event.id)) {
    res.status(400).json({ type: 'invalid_data', message: 'Not a registry event.' });
    return;
  }
  const { id, topic } = event;
  const inbox = req.scope.resolve<RegistryInboxModuleService>(REGISTRY_INBOX_MODULE);
  if (!(await inbox.takeOnEvent(id, topic))) {
    res.json({ received: id, duplicate: true });
    return;
  }
  try {
    res.json({ received: id, ...(await processEvent(req.scope, event.work)) });
  } catch (e) {
    // Not processed: the registry's retry must not be taken for a replay.
    await inbox.releaseEvent(id);
    if (answerRegistryError(res, e)) return;
    throw e;
  }
};

type Work =
  | { kind: 'certificate'; productId: string }
  | { kind: 'binding'; bindingId: string }
  | { kind: 'ignored' };

function parseEvent(body: unknown): { id: string; topic: string; work: Work } | null {
  const event = RegistryEvent.safeParse(body);
  if (!event.success) return null;
  const { id, topic, data } = event.data;
  if (topic.startsWith('certificate.')) {
    const parsed = CertificateData.safeParse(data);
    return parsed.success
      ? { id, topic, work: { kind: 'certificate', productId: parsed.data.productId } }
      : null;
  }
  if (topic === 'producer_binding.changed') {
    const parsed = BindingData.safeParse(data);
    return parsed.success ? { id, topic, work: { kind: 'binding', bindingId: parsed.data.bindingId } } : null;
  }
  return { id, topic, work: { kind: 'ignored' } };
}

async function processEvent(container: MedusaContainer, work: Work) {
  if (work.kind === 'certificate') {
    const result = await syncRegistryProducts(container, [work.productId]);
    return { synced: result.synced, listed: result.listed, delisted: result.delisted };
  }
  if (work.kind === 'binding') {
    // The binding as it is now, not as the event says: deliveries may come out of order.
    const binding = await registryClient().binding(work.bindingId);
    if (!binding) return { changed: false };
    const followed = await followProducerBinding(container, binding);
    return {
      seller_id: followed.seller?.id ?? null,
      status: followed.seller?.status ?? null,
      changed: followed.changed,
    };
  }
  return { ignored: true };
}
