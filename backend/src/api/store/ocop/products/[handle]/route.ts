import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http';
import { storefrontProduct } from '../../../../../lib/catalog/storefront-product';
import { parseQuery } from '../../../../../lib/http/parse-query';
import { shopError } from '../../../../../lib/http/shop-error';
import { HandleParamSchema } from '../../validators';

/** A product page, only while the product is offered (404 once its certificate lapses). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { handle } = parseQuery(HandleParamSchema, req.params, 'path');
  const product = await storefrontProduct(
    req.scope,
    handle,
    req.publishable_key_context?.sales_channel_ids[0],
  );
  if (!product) throw shopError('product_not_found', `No product "${handle}" is offered.`);
  res.json({ product });
};
