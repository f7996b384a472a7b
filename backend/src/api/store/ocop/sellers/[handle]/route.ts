import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../../../lib/parse-query';
import { shopError } from '../../../../../lib/shop-error';
import { storefrontSeller } from '../../../../../lib/storefront-seller';
import { HandleParamSchema } from '../../validators';

/** A shop's page, only while the shop is approved. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { handle } = parseQuery(HandleParamSchema, req.params, 'path');
  const page = await storefrontSeller(req.scope, handle);
  if (!page) throw shopError('shop_not_found', `No shop "${handle}" is open.`);
  res.json(page);
};
