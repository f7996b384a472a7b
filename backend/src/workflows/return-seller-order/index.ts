import { createWorkflow, transform, WorkflowResponse, when } from '@medusajs/framework/workflows-sdk';
import { refundPaymentWorkflow } from '@medusajs/medusa/core-flows';
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
 * neither; then, when the order was paid (cash collected, transfer confirmed), the returned
 * lines' amount is refunded through Medusa's Payment Module — last, as it hands money back. (Medusa 2.21's own return flow cannot take a partial return received at once: its
 * receive step receives every line in full.)
 */
export const returnSellerOrderWorkflow = createWorkflow(
  'ocop-return-seller-order',
  (input: {
    order_id: string;
    returns: OcopReturn[];
    events: SalesEventDraft[];
    /** The captured payment and the đồng to hand back, or null when nothing was paid yet. */
    refund: { payment_id: string; amount: number; by: string } | null;
  }) => {
    const record = transform({ input }, ({ input: i }) => ({
      order_id: i.order_id,
      set: { ocop_returns: i.returns },
    }));
    setOrderMetadataStep(record);
    enqueueSalesEventsStep(input.events);
    when('refund-returned-lines', { input }, ({ input: i }) => Boolean(i.refund && i.refund.amount > 0)).then(
      () => {
        const refund = transform({ input }, ({ input: i }) => ({
          payment_id: i.refund?.payment_id as string,
          amount: i.refund?.amount as number,
          created_by: i.refund?.by,
          note: 'Returned goods',
        }));
        refundPaymentWorkflow.runAsStep({ input: refund });
      },
    );
    return new WorkflowResponse(undefined);
  },
);
