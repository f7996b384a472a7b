import { Modules } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import { cancelOrderWorkflow } from '@medusajs/medusa/core-flows';
import type { SalesEventDraft } from '../../lib/sales-events';
import { enqueueSalesEventsStep } from '../split-checkout';

const recordCancelReasonStep = createStep(
  'record-ocop-cancel-reason',
  async (input: { order_id: string; reason: string; by: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    await orders.updateOrders(input.order_id, {
      metadata: { ...(before.metadata ?? {}), cancel_reason: input.reason, canceled_by: input.by },
    });
    return new StepResponse(undefined, { id: input.order_id, metadata: before.metadata ?? {} });
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve(Modules.ORDER).updateOrders(previous.id, { metadata: previous.metadata });
  },
);

/**
 * A producer cancels one of its orders: the reason is kept, the reservations released (by
 * Medusa's cancel), and a cancellation for each sale is queued for the registry's ledger —
 * all or nothing.
 */
export const cancelSellerOrderWorkflow = createWorkflow(
  'ocop-cancel-seller-order',
  (input: { order_id: string; reason: string; by: string; events: SalesEventDraft[] }) => {
    recordCancelReasonStep(input);
    enqueueSalesEventsStep(input.events);
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.by } });
    return new WorkflowResponse(undefined);
  },
);
