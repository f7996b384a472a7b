import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';

/** Merges keys into an order's metadata; compensation puts the previous metadata back. */
export const setOrderMetadataStep = createStep(
  'set-ocop-order-metadata',
  async (input: { order_id: string; set: Record<string, unknown> }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    await orders.updateOrders(input.order_id, { metadata: { ...(before.metadata ?? {}), ...input.set } });
    return new StepResponse(undefined, { id: input.order_id, metadata: before.metadata ?? {} });
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve(Modules.ORDER).updateOrders(previous.id, { metadata: previous.metadata });
  },
);
