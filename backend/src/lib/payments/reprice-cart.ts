import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, QueryContext } from '@medusajs/framework/utils';
import { type CartLine, type PriceChange, repriceCartLines } from './rules/reprice-cart-lines';

/**
 * Brings a cart's lines to the variants' current prices (a line keeps the price it was added
 * at until the cart is next refreshed, so a shop's price change could go unseen) and answers
 * what changed. A completed cart is left as it is: its orders exist.
 */
export async function repriceCart(container: MedusaContainer, cartId: string): Promise<PriceChange[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: carts } = await query.graph({
    entity: 'cart',
    fields: [
      'id',
      'region_id',
      'currency_code',
      'customer_id',
      'completed_at',
      'items.id',
      'items.variant_id',
      'items.title',
      'items.unit_price',
      'items.is_custom_price',
    ],
    filters: { id: cartId },
  });
  const cart = carts[0] as
    | {
        region_id: string | null;
        currency_code: string;
        customer_id: string | null;
        completed_at: string | null;
        items?: CartLine[];
      }
    | undefined;
  if (!cart || cart.completed_at || !cart.items?.length) return [];
  const variantIds = [...new Set(cart.items.map((i) => i.variant_id).filter((v): v is string => Boolean(v)))];
  const { data: variants } = await query.graph({
    entity: 'variant',
    fields: ['id', 'calculated_price.calculated_amount'],
    filters: { id: variantIds },
    context: {
      calculated_price: QueryContext({
        region_id: cart.region_id,
        currency_code: cart.currency_code,
        ...(cart.customer_id ? { customer_id: cart.customer_id } : {}),
      }),
    },
  });
  const priceOf = new Map(
    (variants as { id: string; calculated_price?: { calculated_amount?: number | null } | null }[]).map(
      (v) => [v.id, v.calculated_price?.calculated_amount ?? null],
    ),
  );
  const { updates, changes } = repriceCartLines(cart.items, (id) => {
    const amount = priceOf.get(id);
    return amount === null || amount === undefined ? null : Number(amount);
  });
  if (updates.length > 0) await container.resolve(Modules.CART).updateLineItems(updates);
  return changes;
}
