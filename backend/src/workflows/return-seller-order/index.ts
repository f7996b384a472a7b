import { Modules } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import type { SalesEventDraft } from '../../lib/sales-events';
import { enqueueSalesEventsStep } from '../split-checkout';

export interface OcopReturn {
  key: string;
  items: { id: string; quantity: number }[];
  note: string | null;
  by: string;
  received_at: string;
}

export interface ReturnSellerOrderInput {
  order_id: string;
  record: OcopReturn;
  events: SalesEventDraft[];
}

const recordReturnStep = createStep(
  'record-ocop-return',
  async (input: { order_id: string; record: OcopReturn }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    const returns = ((before.metadata?.ocop_returns as OcopReturn[] | undefined) ?? []).concat(input.record);
    await orders.updateOrders(input.order_id, {
      metadata: { ...(before.metadata ?? {}), ocop_returns: returns },
    });
    return new StepResponse(undefined, { id: input.order_id, metadata: before.metadata ?? {} });
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve(Modules.ORDER).updateOrders(previous.id, { metadata: previous.metadata });
  },
);

/**
 * Goods came back to the producer: the return is kept on the order and a return event per line
 * is queued for the registry's ledger — both or neither. (Medusa's own return flow cannot take
 * a partial return received at once in 2.21: its receive step receives every line in full.)
 */
export const returnSellerOrderWorkflow = createWorkflow(
  'ocop-return-seller-order',
  (input: ReturnSellerOrderInput) => {
    recordReturnStep(input);
    enqueueSalesEventsStep(input.events);
    return new WorkflowResponse(undefined);
  },
);
