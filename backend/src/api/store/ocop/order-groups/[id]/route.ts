import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../../../lib/http/parse-query';
import { shopError } from '../../../../../lib/http/shop-error';
import { placedOrders } from '../../../../../lib/orders/placed-orders';
import { MARKETPLACE_MODULE } from '../../../../../modules/marketplace';
import type MarketplaceModuleService from '../../../../../modules/marketplace/service';
import { OrderGroupQuerySchema } from '../../validators';

/**
 * The orders of a checkout again, for its confirmation page: the same answer as the checkout
 * gave. Both ids are needed; the cart's id is what only the shopper who checked out holds, so
 * a group id alone shows nothing (404, as for a group that does not exist).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id, cart_id } = parseQuery(OrderGroupQuerySchema, { ...req.query, id: req.params.id });
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const [group] = await marketplace.listOrderGroups({ id, cart_id }, { take: 1 });
  if (!group) throw shopError('checkout_not_found', 'No such checkout.');
  const orderIds = group.order_ids as unknown as string[];
  res.json({
    order_group: { id: group.id, order_ids: orderIds },
    orders: await placedOrders(req.scope, orderIds),
  });
};
