import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { deliverSoon } from '../../../../lib/sales-outbox';
import { splitCheckoutWorkflow } from '../../../../workflows/split-checkout';
import type { CheckoutBody } from '../validators';

interface PlacedOrder {
  id: string;
  display_id: number;
  status: string;
  total: number;
  currency_code: string;
  created_at: string;
  metadata: { ocop_reference?: string; payment_method?: string; vietqr?: unknown } | null;
  seller?: { id: string; name: string; handle: string } | null;
}

/**
 * Completes a cart into one order per producer. Calling it again for the same cart answers
 * with the same orders (200 instead of 201) and creates nothing.
 */
export const POST = async (req: MedusaRequest<CheckoutBody>, res: MedusaResponse) => {
  const { result } = await splitCheckoutWorkflow(req.scope).run({ input: req.validatedBody });
  if (result.created) deliverSoon(req.scope);
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'display_id',
      'status',
      'total',
      'currency_code',
      'metadata',
      'created_at',
      'seller.id',
      'seller.name',
      'seller.handle',
    ],
    filters: { id: result.order_ids },
  });
  const orders = (data as unknown as PlacedOrder[]).map((o) => ({
    id: o.id,
    display_id: o.display_id,
    reference: o.metadata?.ocop_reference,
    status: o.status,
    total: Number(o.total),
    currency_code: o.currency_code,
    payment_method: o.metadata?.payment_method,
    vietqr: o.metadata?.vietqr ?? null,
    seller: o.seller ? { id: o.seller.id, name: o.seller.name, handle: o.seller.handle } : null,
    created_at: o.created_at,
  }));
  res.status(result.created ? 201 : 200).json({
    order_group: { id: result.order_group_id, order_ids: result.order_ids },
    orders,
  });
};
