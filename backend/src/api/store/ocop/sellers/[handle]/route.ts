import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { storefrontSeller } from '../../../../../lib/catalog/storefront-seller';
import { parseQuery } from '../../../../../lib/http/parse-query';
import { shopError } from '../../../../../lib/http/shop-error';
import { HandleParamSchema } from '../../validators';

/** A shop's page, only while the shop is approved. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { handle } = parseQuery(HandleParamSchema, req.params, 'path');
  const page = await storefrontSeller(req.scope, handle);
  if (!page) throw shopError('shop_not_found', `No shop "${handle}" is open.`);
  res.json(page);
};
