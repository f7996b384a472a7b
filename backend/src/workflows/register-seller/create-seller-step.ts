import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';

export interface CreateSellerStepInput {
  handle: string;
  name: string;
  story?: string | null;
  logo_url?: string | null;
  contact_email: string;
  contact_phone?: string | null;
  /** Known when an existing producer is claimed; a new producer's id comes with the binding. */
  registry_producer_id: string | null;
}

export const createSellerStep = createStep(
  'create-seller',
  async (input: CreateSellerStepInput, { container }) => {
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    const seller = await sellers.createSellers(input);
    return new StepResponse(seller, seller.id);
  },
  async (sellerId, { container }) => {
    if (!sellerId) return;
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    await sellers.deleteSellers(sellerId);
  },
);
