import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';

/** Keeps the registry's binding id and producer id on the shop (a new producer's id is the registry's). */
export const recordProducerBindingStep = createStep(
  'record-producer-binding',
  async (input: { sellerId: string; bindingId: string; producerId: string }, { container }) => {
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    const before = await sellers.retrieveSeller(input.sellerId);
    const seller = await sellers.updateSellers({
      id: input.sellerId,
      registry_binding_id: input.bindingId,
      registry_producer_id: input.producerId,
    });
    return new StepResponse(seller, {
      id: before.id,
      registry_binding_id: before.registry_binding_id,
      registry_producer_id: before.registry_producer_id,
    });
  },
  async (before, { container }) => {
    if (!before) return;
    const sellers: SellerModuleService = container.resolve(SELLER_MODULE);
    await sellers.updateSellers(before);
  },
);
