import type { MedusaContainer } from '@medusajs/framework/types';
import { SELLER_MODULE } from '../../modules/seller';
import type { BindingAction } from '../../modules/seller/seller-status';
import type SellerModuleService from '../../modules/seller/service';
import { shopError } from '../http/shop-error';
import { followProducerBinding } from '../registry/follow-producer-binding';
import { registryClient } from '../registry/registry-client';

const NEEDS_REASON: BindingAction[] = ['reject', 'suspend'];

/**
 * The marketplace operator decides a shop's producer binding in the registry, as the service
 * (`decidedBy` names the operator's user), and the shop follows at once. Not a workflow: the
 * registry's decision is the authority and cannot be taken back, and the local write only
 * follows it (the webhook repeats it if this one is lost).
 */
export async function decideShopBinding(
  container: MedusaContainer,
  input: { sellerId: string; action: BindingAction; reason?: string | null; decidedBy: string },
) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE);
  const [seller] = await sellers.listSellers({ id: input.sellerId });
  if (!seller) throw shopError('shop_not_found', 'Shop not found.');
  if (!seller.registry_binding_id) {
    throw shopError(
      'shop_without_claim',
      'The shop has no producer claim in the registry; it must register again.',
    );
  }
  const reason = input.reason?.trim() || null;
  if (NEEDS_REASON.includes(input.action) && !reason) {
    throw shopError('decision_reason_missing', `Say why the shop's binding is ${input.action}ed.`);
  }
  const binding = await registryClient().decideBinding(seller.registry_binding_id, {
    action: input.action,
    reason,
    decidedBy: input.decidedBy,
  });
  return { binding, ...(await followProducerBinding(container, binding)) };
}
