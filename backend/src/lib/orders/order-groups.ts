import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { MARKETPLACE_MODULE } from '../../modules/marketplace';

export interface OrderGroupWithOrders {
  id: string;
  cart_id: string;
  reference: string | null;
  payment_method: string;
  created_at: string;
  /** Its orders' ids, in the order they were placed (reference -1, -2, …). */
  order_ids: string[];
}

interface GroupRow extends Omit<OrderGroupWithOrders, 'order_ids'> {
  orders?: ({ id: string; display_id: number } | null)[] | null;
}

/**
 * Order groups with their orders, through the group ↔ order link (src/links/order-group-order).
 * `filters` are on the group's own fields; newest first.
 */
export async function orderGroupsWithOrders(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page: { take?: number; skip?: number } = {},
): Promise<OrderGroupWithOrders[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'ocop_order_group',
    fields: ['id', 'cart_id', 'reference', 'payment_method', 'created_at', 'orders.id', 'orders.display_id'],
    filters,
    pagination: { ...page, order: { created_at: 'DESC' } },
  });
  return (data as unknown as GroupRow[]).map(({ orders, ...group }) => ({
    ...group,
    order_ids: (orders ?? [])
      .filter((o): o is { id: string; display_id: number } => Boolean(o))
      .sort((a, b) => a.display_id - b.display_id)
      .map((o) => o.id),
  }));
}

/** The group ↔ order links of a new checkout. */
export function orderGroupLinks(groupId: string, orderIds: string[]) {
  return orderIds.map((order_id) => ({
    [MARKETPLACE_MODULE]: { ocop_order_group_id: groupId },
    [Modules.ORDER]: { order_id },
  }));
}
