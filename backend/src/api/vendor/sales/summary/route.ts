import type { MedusaResponse } from '@medusajs/framework/http';
import { z } from '@medusajs/framework/zod';
import { parseQuery } from '../../../../lib/http/parse-query';
import { producerIdOf, type VendorRequest } from '../../../../lib/sellers/vendor-context';
import { forwardAsSeller } from '../../../../lib/sellers/vendor-registry';

const SummaryQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    groupBy: z.enum(['product', 'channel', 'day']).default('product'),
  })
  .strict();

/** The shop's own sales from the registry ledger (every channel), by product, channel or day. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const q = parseQuery(SummaryQuery, req.query);
  const params = new URLSearchParams({ ...q, producerId: producerIdOf(req.seller) });
  await forwardAsSeller(req, res, 'GET', `/v1/sales/summary?${params}`);
};
