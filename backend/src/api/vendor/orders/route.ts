import type { MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../lib/http/parse-query';
import { loadOrders, sellerOrderIds, vendorOrderView } from '../../../lib/orders/vendor-orders';
import type { VendorRequest } from '../../../lib/sellers/vendor-context';
import { VendorListQuerySchema } from '../validators';

/** The shop's own orders, newest first. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { limit, offset } = parseQuery(VendorListQuerySchema, req.query);
  const { ids, count } = await sellerOrderIds(req.scope, req.seller.id, offset, limit);
  const orders = await loadOrders(req.scope, ids);
  res.json({ orders: orders.map(vendorOrderView), count, limit, offset });
};
