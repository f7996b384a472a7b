import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import type { SalesEventDraft } from '../../lib/orders/sales-events';
import { setOrderMetadataStep } from '../common/set-order-metadata-step';
import { enqueueSalesEventsStep } from '../split-checkout';

export interface OcopReturn {
  key: string;
  items: { id: string; quantity: number }[];
  note: string | null;
  by: string;
  received_at: string;
}

/**
 * Goods came back to the producer: the order's returns (all of them, this one last) are kept
 * on the order and a return event per line is queued for the registry's ledger — both or
 * neither. (Medusa 2.21's own return flow cannot take a partial return received at once: its
 * receive step receives every line in full.)
 */
export const returnSellerOrderWorkflow = createWorkflow(
  'ocop-return-seller-order',
  (input: { order_id: string; returns: OcopReturn[]; events: SalesEventDraft[] }) => {
    const record = transform({ input }, ({ input: i }) => ({
      order_id: i.order_id,
      set: { ocop_returns: i.returns },
    }));
    setOrderMetadataStep(record);
    enqueueSalesEventsStep(input.events);
    return new WorkflowResponse(undefined);
  },
);
