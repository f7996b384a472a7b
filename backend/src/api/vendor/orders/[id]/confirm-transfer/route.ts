import type { MedusaResponse } from '@medusajs/framework/http';
import { ownOrder } from '../../../../../lib/orders/vendor-orders';
import { mayConfirmTransfer } from '../../../../../lib/payments/rules/confirm-transfer';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';

/**
 * Kept so that a portal built on it gets a clear answer: VietQR transfers arrive in the
 * operator's account, so the operator confirms them (POST /admin/ocop/transfers) and the
 * producer sees `transfer_confirmed_at` on its order. Another shop's order is 404, as ever.
 */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  const decision = mayConfirmTransfer(
    'seller',
    {
      payment_method: order.metadata?.payment_method as string,
      status: order.status,
      total: Number(order.total),
    },
    { amount: Number(order.total) },
  );
  const message = decision.ok ? '' : decision.message;
  res.status(403).json({ type: 'not_operator', code: 'not_operator', message });
};
