import { MedusaError, MedusaService } from '@medusajs/framework/utils';
import Seller from './models/seller';
import SellerMember from './models/seller-member';
import { nextSellerStatus, type SellerAction, type SellerStatus } from './seller-status';

class SellerModuleService extends MedusaService({ Seller, SellerMember }) {
  /** Moves a shop through its lifecycle, keeping the reason and the time of the change. */
  async changeSellerStatus(id: string, action: SellerAction, reason?: string | null) {
    const seller = await this.retrieveSeller(id);
    const next = nextSellerStatus(seller.status as SellerStatus, action, reason);
    if (!next.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.message);
    return this.updateSellers({
      id,
      status: next.status,
      status_reason: reason?.trim() || null,
      status_changed_at: new Date(),
    });
  }
}

export default SellerModuleService;
