import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { ensureSellerLogistics } from '../../../lib/marketplace';
import { registerSellerWorkflow } from '../../../workflows/register-seller';
import type { RegisterSellerBody } from '../validators';

export const POST = async (req: AuthenticatedMedusaRequest<RegisterSellerBody>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'This account already belongs to a shop.');
  }
  const { member_name, ...shop } = req.validatedBody;
  const email = req.auth_context.app_metadata?.email as string | undefined;
  const identity = await req.scope.resolve('auth').retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ['provider_identities'],
  });
  const contactEmail = email ?? identity.provider_identities?.[0]?.entity_id;
  if (!contactEmail)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'The account has no e-mail address.');
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: {
      shop: { ...shop, contact_email: contactEmail },
      member: { email: contactEmail, name: member_name ?? null },
      authIdentityId: req.auth_context.auth_identity_id,
    },
  });
  // Its own warehouse and delivery option from the start, so products can be stocked before
  // approval; nothing is sold until the shop is approved and the product certified.
  await ensureSellerLogistics(req.scope, result.seller.id);
  res.status(201).json({ seller: result.seller });
};
