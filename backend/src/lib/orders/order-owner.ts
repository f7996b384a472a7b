import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { shopError } from '../http/shop-error';

/**
 * Medusa answers GET /store/orders/:id to anyone holding the id. An order placed by a
 * signed-in customer is theirs only: other callers get 404. Guest orders stay readable by id
 * (the id is the guest's receipt), as the confirmation page needs.
 */
export async function restrictOrderToOwner(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: ['id', 'customer.id', 'customer.has_account'],
    filters: { id: req.params.id as string },
  });
  const order = data[0] as { customer?: { id: string; has_account: boolean } | null } | undefined;
  const caller = (req as AuthenticatedMedusaRequest).auth_context?.actor_id;
  if (order?.customer?.has_account && order.customer.id !== caller) {
    throw shopError('order_not_found', `Order with id: ${req.params.id} was not found`);
  }
  next();
}
