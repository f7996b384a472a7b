import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../../lib/vendor-context';
import { forwardAsSeller, registryId } from '../../../../../lib/vendor-registry';

/** The stamp URLs of a finished issuance, one a line, for the printer. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await forwardAsSeller(req, res, 'GET', `/v1/stamp-issuances/${registryId(req.params.id)}/urls`);
};
