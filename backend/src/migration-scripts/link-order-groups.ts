import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { orderGroupLinks } from '../lib/orders/order-groups';
import OrderGroupOrderLink from '../links/order-group-order';
import { MARKETPLACE_MODULE } from '../modules/marketplace';
import type MarketplaceModuleService from '../modules/marketplace/service';

/**
 * Once, at `medusa db:migrate`: checkouts made before the group ↔ order link existed get their
 * links from the group's order_ids column. Groups already linked are left as they are.
 */
export default async function linkOrderGroups({ container }: ExecArgs) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  let linked = 0;
  for (let skip = 0; ; skip += 500) {
    const groups = await marketplace.listOcopOrderGroups(
      {},
      { select: ['id', 'order_ids'], take: 500, skip, order: { id: 'ASC' } },
    );
    if (groups.length === 0) break;
    const { data: existing } = await query.graph({
      entity: OrderGroupOrderLink.entryPoint,
      fields: ['ocop_order_group_id', 'order_id'],
      filters: { ocop_order_group_id: groups.map((g) => g.id) },
    });
    const have = new Set(
      (existing as { ocop_order_group_id: string; order_id: string }[]).map(
        (l) => `${l.ocop_order_group_id}:${l.order_id}`,
      ),
    );
    const missing = groups.flatMap((g) =>
      orderGroupLinks(
        g.id,
        ((g.order_ids as unknown as string[] | null) ?? []).filter((id) => !have.has(`${g.id}:${id}`)),
      ),
    );
    if (missing.length) await link.create(missing);
    linked += missing.length;
  }
  if (linked) logger.info(`Linked ${linked} orders to their checkout's order group.`);
}
