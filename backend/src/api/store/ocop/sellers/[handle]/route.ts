import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { parseQuery } from '../../../../../lib/parse-query';
import { storefrontSeller } from '../../../../../lib/storefront-seller';
import { HandleParamSchema } from '../../validators';

/** A shop's page, only while the shop is approved. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { handle } = parseQuery(HandleParamSchema, req.params, 'path');
  const page = await storefrontSeller(req.scope, handle);
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No shop "${handle}" is open.`);
  res.json(page);
};
