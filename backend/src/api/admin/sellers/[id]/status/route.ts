import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { syncSellerListings } from '../../../../../lib/catalog/catalog-sync';
import { answerRegistryError } from '../../../../../lib/registry/registry-error-response';
import { decideShopBinding } from '../../../../../lib/sellers/decide-shop-binding';
import { SELLER_MODULE } from '../../../../../modules/seller';
import { isBindingAction } from '../../../../../modules/seller/seller-status';
import type SellerModuleService from '../../../../../modules/seller/service';
import type { SellerStatusBody } from '../../../../vendor/validators';

/**
 * The operator changes a shop's status. Approving, rejecting, suspending and reinstating are
 * decisions on the shop's producer binding, so they go through the registry (as
 * /admin/sellers/:id/binding does); only closing a shop is the marketplace's own decision.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SellerStatusBody>, res: MedusaResponse) => {
  const { action, reason } = req.validatedBody;
  const sellerId = req.params.id as string;
  if (isBindingAction(action)) {
    try {
      const decided = await decideShopBinding(req.scope, {
        sellerId,
        action,
        reason,
        decidedBy: req.auth_context.actor_id,
      });
      res.json(decided);
    } catch (e) {
      if (answerRegistryError(res, e)) return;
      throw e;
    }
    return;
  }
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE);
  const seller = await sellers.changeSellerStatus(sellerId, action, reason);
  const sync = await syncSellerListings(req.scope, seller.id);
  res.json({ seller, listed: sync.listed.length, delisted: sync.delisted.length });
};
