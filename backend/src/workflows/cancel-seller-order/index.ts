import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { cancelOrderWorkflow } from '@medusajs/medusa/core-flows';
import type { SalesEventDraft } from '../../lib/orders/sales-events';
import { setOrderMetadataStep } from '../common/set-order-metadata-step';
import { enqueueSalesEventsStep } from '../split-checkout';

/**
 * A producer cancels one of its orders: the reason is kept, the reservations released (by
 * Medusa's cancel), and a cancellation for each sale is queued for the registry's ledger —
 * all or nothing.
 */
export const cancelSellerOrderWorkflow = createWorkflow(
  'ocop-cancel-seller-order',
  (input: { order_id: string; reason: string; by: string; events: SalesEventDraft[] }) => {
    const reason = transform({ input }, ({ input: i }) => ({
      order_id: i.order_id,
      set: { cancel_reason: i.reason, canceled_by: i.by },
    }));
    setOrderMetadataStep(reason);
    enqueueSalesEventsStep(input.events);
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.by } });
    return new WorkflowResponse(undefined);
  },
);
