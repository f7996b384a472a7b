import type { MedusaResponse } from '@medusajs/framework/http';
import { ownOrder, vendorOrderView } from '../../../../lib/orders/vendor-orders';
import type { VendorRequest } from '../../../../lib/sellers/vendor-context';

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, req.params.id as string)) });
};
