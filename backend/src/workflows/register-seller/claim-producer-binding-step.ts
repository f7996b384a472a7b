import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { type BindingClaim, type RegistryBinding, registryClient } from '../../lib/registry/registry-client';

/**
 * Asks the registry to bind the new shop to its producer. The binding starts pending: nothing is
 * done as the producer until the operator or an official approves it (docs/decisions/012).
 */
export const claimProducerBindingStep = createStep(
  'claim-producer-binding',
  async (claim: BindingClaim) => {
    const binding: RegistryBinding = await registryClient().claimBinding(claim);
    return new StepResponse(binding, binding.id);
  },
  async (bindingId) => {
    if (!bindingId) return;
    // Only a pending claim can be undone, and this one has not been decided yet.
    await registryClient().deleteBinding(bindingId);
  },
);
