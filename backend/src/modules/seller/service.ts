import { MedusaService } from '@medusajs/framework/utils';
import { shopError } from '../../lib/http/shop-error';
import Seller from './models/seller';
import SellerMember from './models/seller-member';
import {
  type BindingStatus,
  nextSellerStatus,
  type SellerAction,
  type SellerStatus,
  sellerStatusForBinding,
} from './seller-status';

class SellerModuleService extends MedusaService({ Seller, SellerMember }) {
  /** Moves a shop through its lifecycle, keeping the reason and the time of the change. */
  async changeSellerStatus(id: string, action: SellerAction, reason?: string | null) {
    const seller = await this.retrieveSeller(id);
    const next = nextSellerStatus(seller.status as SellerStatus, action, reason);
    if (!next.ok) throw shopError('seller_transition_refused', next.message);
    return this.updateSellers({
      id,
      status: next.status,
      status_reason: reason?.trim() || null,
      status_changed_at: new Date(),
    });
  }

  /**
   * Takes the registry's binding state as the shop's status. Only the shop's current binding
   * counts: an answer about an older (rejected) claim of the same shop changes nothing.
   */
  async followBinding(
    id: string,
    binding: { id: string; status: BindingStatus; reason?: string | null },
  ): Promise<{ seller: Awaited<ReturnType<SellerModuleService['retrieveSeller']>>; changed: boolean }> {
    const seller = await this.retrieveSeller(id);
    if (seller.registry_binding_id !== binding.id) return { seller, changed: false };
    const status = sellerStatusForBinding(seller.status as SellerStatus, binding.status);
    if (status === seller.status) return { seller, changed: false };
    const updated = await this.updateSellers({
      id,
      status,
      status_reason: binding.reason?.trim() || null,
      status_changed_at: new Date(),
    });
    return { seller: updated, changed: true };
  }
}

export default SellerModuleService;
