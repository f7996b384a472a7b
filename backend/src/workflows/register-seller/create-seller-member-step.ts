import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';

export const createSellerMemberStep = createStep(
  'create-seller-member',
  async (input: { seller_id: string; email: string; name?: string | null }, { container }) => {
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    const member = await sellers.createSellerMembers({ ...input, role: 'owner' });
    return new StepResponse(member, member.id);
  },
  async (memberId, { container }) => {
    if (!memberId) return;
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    await sellers.deleteSellerMembers(memberId);
  },
);
