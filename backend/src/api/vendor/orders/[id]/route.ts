import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../lib/vendor-context';
import { ownOrder, vendorOrderView } from '../../../../lib/vendor-orders';

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ order: vendorOrderView(await ownOrder(req.scope, req.seller.id, req.params.id as string)) });
};
