import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { setAuthAppMetadataStep } from '@medusajs/medusa/core-flows';
import { bindProducerToIdentityStep } from './bind-producer-to-identity-step';
import { createSellerMemberStep } from './create-seller-member-step';
import { type CreateSellerStepInput, createSellerStep } from './create-seller-step';

export interface RegisterSellerInput {
  shop: CreateSellerStepInput;
  member: { email: string; name?: string | null };
  authIdentityId: string;
}

/**
 * Registration: a pending shop, its owner, and the owner's auth identity bound to the member
 * (app_metadata.seller_id) and to the registry producer (app_metadata.producer_id). A failure at any step undoes the earlier ones.
 */
export const registerSellerWorkflow = createWorkflow('register-seller', (input: RegisterSellerInput) => {
  const seller = createSellerStep(input.shop);
  const memberInput = transform({ input, seller }, ({ input: i, seller: s }) => ({
    ...i.member,
    seller_id: s.id,
  }));
  const member = createSellerMemberStep(memberInput);
  const bound = setAuthAppMetadataStep({
    authIdentityId: input.authIdentityId,
    actorType: 'seller',
    value: member.id,
  });
  // After the seller_id write, so neither update overwrites the other.
  const bindInput = transform({ input, bound }, ({ input: i }) => ({
    authIdentityId: i.authIdentityId,
    producerId: i.shop.registry_producer_id,
  }));
  bindProducerToIdentityStep(bindInput);
  return new WorkflowResponse({ seller, member });
});
