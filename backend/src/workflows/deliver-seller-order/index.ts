import { createWorkflow, transform, WorkflowResponse, when } from '@medusajs/framework/workflows-sdk';
import { capturePaymentWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from '@medusajs/medusa/core-flows';

/**
 * The carrier handed the parcel over: Medusa marks the fulfilment delivered, and a cash on
 * delivery payment — the money the carrier collected — is captured, so the order reads paid.
 */
export const deliverSellerOrderWorkflow = createWorkflow(
  'ocop-deliver-seller-order',
  (input: { order_id: string; fulfillment_id: string; cod_payment_id: string | null; by: string }) => {
    const delivery = transform({ input }, ({ input: i }) => ({
      orderId: i.order_id,
      fulfillmentId: i.fulfillment_id,
    }));
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery });
    when('collect-cash', { input }, ({ input: i }) => Boolean(i.cod_payment_id)).then(() => {
      const capture = transform({ input }, ({ input: i }) => ({
        payment_id: i.cod_payment_id as string,
        captured_by: i.by,
      }));
      capturePaymentWorkflow.runAsStep({ input: capture });
    });
    return new WorkflowResponse(undefined);
  },
);
