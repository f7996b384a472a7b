import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { answerRegistryError } from '../../../../../lib/registry/registry-error-response';
import { decideShopBinding } from '../../../../../lib/sellers/decide-shop-binding';
import type { SellerBindingBody } from '../../validators';

/**
 * The operator approves, rejects, suspends or reinstates the shop's claim of its producer in the
 * registry; the shop's status follows at once. The registry's refusals (409
 * `invalid_transition`, `producer_already_bound`) reach the operator with their codes.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SellerBindingBody>, res: MedusaResponse) => {
  const { action, reason } = req.validatedBody;
  try {
    const decided = await decideShopBinding(req.scope, {
      sellerId: req.params.id as string,
      action,
      reason,
      decidedBy: req.auth_context.actor_id,
    });
    res.json(decided);
  } catch (e) {
    if (answerRegistryError(res, e)) return;
    throw e;
  }
};
