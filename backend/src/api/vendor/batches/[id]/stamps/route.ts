import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { forwardAsSeller, registryId } from '../../../../../lib/sellers/vendor-registry';

/** Issues serialized QR stamps for a batch (202 with a progress URL; Idempotency-Key is passed on). */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  await forwardAsSeller(req, res, 'POST', `/v1/batches/${registryId(req.params.id)}/stamps`, req.body ?? {});
};
