import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { shopError } from '../../../lib/http/shop-error';

/** The signed-in member and their own shop; the actor id is the only key, never a parameter. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'seller_member',
    fields: ['id', 'email', 'name', 'role', 'seller.*'],
    filters: { id: req.auth_context.actor_id },
  });
  const member = data[0];
  if (!member) throw shopError('member_not_found', 'No shop member for this account.');
  const { seller, ...me } = member;
  res.json({ member: me, seller });
};
