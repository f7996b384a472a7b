import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../../../lib/http/parse-query';
import { shopError } from '../../../../../lib/http/shop-error';
import { orderGroupsWithOrders } from '../../../../../lib/orders/order-groups';
import { placedOrders } from '../../../../../lib/orders/placed-orders';
import { OrderGroupQuerySchema } from '../../validators';

/**
 * The orders of a checkout again, for its confirmation page: the same answer as the checkout
 * gave. Both ids are needed; the cart's id is what only the shopper who checked out holds, so
 * a group id alone shows nothing (404, as for a group that does not exist).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id, cart_id } = parseQuery(OrderGroupQuerySchema, { ...req.query, id: req.params.id });
  const [group] = await orderGroupsWithOrders(req.scope, { id, cart_id }, { take: 1 });
  if (!group) throw shopError('checkout_not_found', 'No such checkout.');
  res.json({
    order_group: { id: group.id, order_ids: group.order_ids },
    orders: await placedOrders(req.scope, group.order_ids),
  });
};
