import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { placedOrders } from '../../../../lib/orders/placed-orders';
import { deliverSoon } from '../../../../lib/orders/sales-outbox';
import { repriceCart } from '../../../../lib/payments/reprice-cart';
import { splitCheckoutWorkflow } from '../../../../workflows/split-checkout';
import type { CheckoutBody } from '../validators';

/**
 * Completes a cart into one order per producer. Calling it again for the same cart answers
 * with the same orders (200 instead of 201) and creates nothing.
 *
 * A shop may have changed a price since the item went into the cart: then the lines take the
 * current prices and the answer is 409 `price_changed` with the changes, so the shopper sees
 * the new total before anything is charged; the next attempt goes through at those prices.
 */
export const POST = async (req: MedusaRequest<CheckoutBody>, res: MedusaResponse) => {
  const changes = await repriceCart(req.scope, req.validatedBody.cart_id);
  if (changes.length > 0) {
    res.status(409).json({
      type: 'price_changed',
      code: 'price_changed',
      message:
        'Some prices changed since these items went into the cart. Check the new total and order again.',
      changes,
    });
    return;
  }
  const { result } = await splitCheckoutWorkflow(req.scope).run({ input: req.validatedBody });
  if (result.created) deliverSoon(req.scope);
  res.status(result.created ? 201 : 200).json({
    order_group: { id: result.order_group_id, order_ids: result.order_ids },
    orders: await placedOrders(req.scope, result.order_ids),
  });
};
