import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { setAuthAppMetadataStep } from '@medusajs/medusa/core-flows';
import { createSellerMemberStep } from './create-seller-member-step';
import { type CreateSellerStepInput, createSellerStep } from './create-seller-step';

export interface RegisterSellerInput {
  shop: CreateSellerStepInput;
  member: { email: string; name?: string | null };
  authIdentityId: string;
}

/**
 * Registration: a pending shop, its owner, and the owner's auth identity bound to the member
 * (app_metadata.seller_id). A failure at any step undoes the earlier ones.
 */
export const registerSellerWorkflow = createWorkflow('register-seller', (input: RegisterSellerInput) => {
  const seller = createSellerStep(input.shop);
  const memberInput = transform({ input, seller }, ({ input: i, seller: s }) => ({
    ...i.member,
    seller_id: s.id,
  }));
  const member = createSellerMemberStep(memberInput);
  setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: 'seller', value: member.id });
  return new WorkflowResponse({ seller, member });
});
