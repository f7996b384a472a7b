import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { syncSellerListings } from '../../../../../lib/catalog-sync';
import { ensureSellerLogistics } from '../../../../../lib/marketplace';
import { SELLER_MODULE } from '../../../../../modules/seller';
import type SellerModuleService from '../../../../../modules/seller/service';
import type { SellerStatusBody } from '../../../../vendor/validators';

/**
 * The operator approves, rejects, suspends, reinstates or closes a shop. Approval gives the
 * shop its warehouse and shipping option; every change re-lists or de-lists its products.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SellerStatusBody>, res: MedusaResponse) => {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE);
  const { action, reason } = req.validatedBody;
  const seller = await sellers.changeSellerStatus(req.params.id as string, action, reason);
  if (seller.status === 'approved') await ensureSellerLogistics(req.scope, seller.id);
  const sync = await syncSellerListings(req.scope, seller.id);
  res.json({ seller, listed: sync.listed.length, delisted: sync.delisted.length });
};
