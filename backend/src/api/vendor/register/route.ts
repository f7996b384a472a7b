import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { shopError } from '../../../lib/http/shop-error';
import type { NewProducer } from '../../../lib/registry/registry-client';
import { answerRegistryError } from '../../../lib/registry/registry-error-response';
import { ensureSellerLogistics } from '../../../lib/sellers/marketplace';
import { registerSellerWorkflow } from '../../../workflows/register-seller';
import type { RegisterSellerBody } from '../validators';

/**
 * Opens a pending shop that claims a registry producer (or brings a new one). The answer is the
 * same whether or not another shop already claims or holds that producer: the registry's
 * approval decides, and nobody learns from here which producers are taken.
 */
export const POST = async (req: AuthenticatedMedusaRequest<RegisterSellerBody>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw shopError('account_has_shop', 'This account already belongs to a shop.');
  }
  const { member_name, registry_producer_id, new_producer, ...shop } = req.validatedBody;
  const email = req.auth_context.app_metadata?.email as string | undefined;
  const identity = await req.scope.resolve('auth').retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ['provider_identities'],
  });
  const contactEmail = email ?? identity.provider_identities?.[0]?.entity_id;
  if (!contactEmail) throw shopError('account_without_email', 'The account has no e-mail address.');
  // The schema lets exactly one of the two through.
  const producer = new_producer
    ? {
        new: {
          legalName: new_producer.legal_name,
          kind: new_producer.kind,
          // One of PROVINCE_NAMES: the validator checked it against the same list as the registry.
          province: new_producer.province as NewProducer['province'],
          commune: new_producer.commune,
          communeCode: new_producer.commune_code,
          addressLine: new_producer.address_line ?? null,
          registrationNumber: new_producer.registration_number ?? null,
        },
      }
    : { id: registry_producer_id as string };
  const registered = await registerSellerWorkflow(req.scope)
    .run({
      input: {
        shop: { ...shop, contact_email: contactEmail },
        producer,
        member: { email: contactEmail, name: member_name ?? null },
        authIdentityId: req.auth_context.auth_identity_id,
      },
    })
    .catch((e: unknown) => {
      if (answerRegistryError(res, e)) return null;
      throw e;
    });
  if (!registered) return;
  const { seller } = registered.result;
  // Its own warehouse and delivery option from the start, so products can be stocked before
  // approval; nothing is sold until the shop is approved and the product certified.
  await ensureSellerLogistics(req.scope, seller.id);
  res.status(201).json({ seller });
};
