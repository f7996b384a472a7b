import type { MedusaResponse } from '@medusajs/framework/http';
import type { VendorRequest } from '../../../../../lib/sellers/vendor-context';
import { forwardAsSeller, registryId } from '../../../../../lib/sellers/vendor-registry';

/**
 * The stamp URLs of a finished issuance for the printer: one a line, or `?format=csv` with the
 * line printed under each v2 QR for people to type (the registry's answer, as it is).
 */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const format = req.query.format === 'csv' ? '?format=csv' : '';
  await forwardAsSeller(req, res, 'GET', `/v1/stamp-issuances/${registryId(req.params.id)}/urls${format}`);
};
