import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { authorizePaymentSessionStep, capturePaymentWorkflow } from '@medusajs/medusa/core-flows';
import type { ReceivedTransfer } from '../../modules/ocop-payment/vietqr';

/**
 * The operator saw the transfer on its statement: the order's VietQR session is authorised
 * with it (the provider checks the amount) and the payment captured, which Medusa records on
 * the order as paid. A failed capture cancels the authorisation.
 */
export const confirmTransferWorkflow = createWorkflow(
  'ocop-confirm-transfer',
  (input: { payment_session_id: string; transfer: ReceivedTransfer; captured_by: string }) => {
    const session = transform({ input }, ({ input: i }) => ({
      id: i.payment_session_id,
      context: { transfer: i.transfer },
    }));
    const payment = authorizePaymentSessionStep(session);
    const capture = transform({ payment, input }, ({ payment: p, input: i }) => ({
      payment_id: (p as { id: string }).id,
      captured_by: i.captured_by,
    }));
    capturePaymentWorkflow.runAsStep({ input: capture });
    return new WorkflowResponse(payment);
  },
);
