import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { placedOrders } from '../../../../lib/placed-orders';
import { deliverSoon } from '../../../../lib/sales-outbox';
import { splitCheckoutWorkflow } from '../../../../workflows/split-checkout';
import type { CheckoutBody } from '../validators';

/**
 * Completes a cart into one order per producer. Calling it again for the same cart answers
 * with the same orders (200 instead of 201) and creates nothing.
 */
export const POST = async (req: MedusaRequest<CheckoutBody>, res: MedusaResponse) => {
  const { result } = await splitCheckoutWorkflow(req.scope).run({ input: req.validatedBody });
  if (result.created) deliverSoon(req.scope);
  res.status(result.created ? 201 : 200).json({
    order_group: { id: result.order_group_id, order_ids: result.order_ids },
    orders: await placedOrders(req.scope, result.order_ids),
  });
};
