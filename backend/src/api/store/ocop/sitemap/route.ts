import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { storefrontSitemap } from '../../../../lib/catalog/storefront-sitemap';

/** The storefront's public pages (offered products, approved shops) for its sitemap.xml. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await storefrontSitemap(req.scope));
};
