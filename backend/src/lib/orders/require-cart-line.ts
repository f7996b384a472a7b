import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';

/**
 * Before Medusa's DELETE /store/carts/:id/line-items/:line_id: for a cart that does not exist,
 * Medusa 2.21's workflow reads `completed_at` of undefined and answers 500; here it is a 404.
 */
export async function requireCartLine(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { id, line_id } = req.params;
  const lines = await req.scope
    .resolve(Modules.CART)
    .listLineItems({ id: line_id, cart_id: id }, { select: ['id'], take: 1 });
  if (lines.length === 0) {
    res
      .status(404)
      .json({ type: 'not_found', code: 'line_not_in_cart', message: 'No such line in this cart.' });
    return;
  }
  next();
}
