import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { forwardAsSeller, registryId } from '../../../../../lib/sellers/vendor-registry';

/** The batches of one of the producer's registry products. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await forwardAsSeller(req, res, 'GET', `/v1/products/${registryId(req.params.id)}/batches`);
};

/** A new production batch (code, dates, quantity, origin of raw materials, standards). */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  await forwardAsSeller(
    req,
    res,
    'POST',
    `/v1/products/${registryId(req.params.id)}/batches`,
    req.body ?? {},
  );
};
