import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../lib/sellers/vendor-context';
import { forwardAsSeller, registryId } from '../../../../lib/sellers/vendor-registry';

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await forwardAsSeller(req, res, 'GET', `/v1/batches/${registryId(req.params.id)}`);
};
