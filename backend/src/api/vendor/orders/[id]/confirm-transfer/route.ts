import type { MedusaResponse } from '@medusajs/framework/http';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import type { VendorRequest } from '../../../../../lib/vendor-context';
import { ownOrder, vendorOrderView } from '../../../../../lib/vendor-orders';

/** The producer saw the VietQR transfer arrive. Confirming twice keeps the first confirmation. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await ownOrder(req.scope, req.seller.id, req.params.id as string);
  const metadata = order.metadata ?? {};
  if (metadata.payment_method !== 'vietqr') {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'Only VietQR orders are paid by bank transfer.');
  }
  if (order.status === 'canceled')
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'The order is canceled.');
  if (!metadata.transfer_confirmed_at) {
    await req.scope.resolve(Modules.ORDER).updateOrders(order.id, {
      metadata: {
        ...metadata,
        transfer_confirmed_at: new Date().toISOString(),
        transfer_confirmed_by: req.auth_context.actor_id,
      },
    });
  }
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, order.id)) });
};
