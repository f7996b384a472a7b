import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { setAuthAppMetadataStep } from '@medusajs/medusa/core-flows';
import type { NewProducer } from '../../lib/registry/registry-client';
import { claimProducerBindingStep } from './claim-producer-binding-step';
import { createSellerMemberStep } from './create-seller-member-step';
import { type CreateSellerStepInput, createSellerStep } from './create-seller-step';
import { recordProducerBindingStep } from './record-producer-binding-step';

export interface RegisterSellerInput {
  shop: Omit<CreateSellerStepInput, 'registry_producer_id'>;
  /** An existing registry producer to claim, or a new one to bring to the registry. */
  producer: { id: string } | { new: NewProducer };
  member: { email: string; name?: string | null };
  authIdentityId: string;
}

/**
 * Registration: a pending shop, its owner, the owner's auth identity bound to the member
 * (app_metadata.seller_id), and a pending claim of the producer in the registry. Nothing binds the
 * identity to the producer: only the registry's approval of the claim lets the shop act for it.
 * A failure at any step undoes the earlier ones, the registry claim included.
 */
export const registerSellerWorkflow = createWorkflow('register-seller', (input: RegisterSellerInput) => {
  const shopInput = transform({ input }, ({ input: i }) => ({
    ...i.shop,
    registry_producer_id: 'id' in i.producer ? i.producer.id : null,
  }));
  const seller = createSellerStep(shopInput);
  const memberInput = transform({ input, seller }, ({ input: i, seller: s }) => ({
    ...i.member,
    seller_id: s.id,
  }));
  const member = createSellerMemberStep(memberInput);
  setAuthAppMetadataStep({
    authIdentityId: input.authIdentityId,
    actorType: 'seller',
    value: member.id,
  });
  const claim = transform({ input, seller }, ({ input: i, seller: s }) =>
    'id' in i.producer
      ? { accountId: s.id, producerId: i.producer.id }
      : { accountId: s.id, newProducer: i.producer.new },
  );
  const binding = claimProducerBindingStep(claim);
  const record = transform({ seller, binding }, ({ seller: s, binding: b }) => ({
    sellerId: s.id,
    bindingId: b.id,
    producerId: b.producerId,
  }));
  const recorded = recordProducerBindingStep(record);
  return new WorkflowResponse({ seller: recorded, member });
});
