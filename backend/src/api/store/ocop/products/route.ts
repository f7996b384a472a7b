import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../../lib/http/parse-query';
import { searchProductIds } from '../../../../lib/search/search-engine';
import { CATALOG_MODULE } from '../../../../modules/catalog';
import type CatalogModuleService from '../../../../modules/catalog/service';
import { StoreListingQuerySchema } from '../validators';

/**
 * The catalog page: certified products of approved shops only, with their OCOP proof, from
 * the listing read model (Medusa's /store/products computes prices per variant per request;
 * this reads the already-synced lowest price). With `q`, the search engine picks and ranks the
 * products; with `facets=true`, counts per filter value are added.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = parseQuery(StoreListingQuerySchema, req.query);
  const searchIds = q.q ? await searchProductIds(req.scope, q.q) : null;
  const { products, count, facets } = await req.scope
    .resolve<CatalogModuleService>(CATALOG_MODULE)
    .browseListings({ ...q, searchIds, sort: q.sort ?? (searchIds ? 'relevance' : 'newest') });
  res.json({ products, count, limit: q.limit, offset: q.offset, ...(facets ? { facets } : {}) });
};
