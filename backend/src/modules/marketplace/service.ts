import type { EntityManager } from '@medusajs/framework/mikro-orm/knex';
import { MedusaService } from '@medusajs/framework/utils';
import OrderGroup from './models/order-group';
import SalesOutbox from './models/sales-outbox';

class MarketplaceModuleService extends MedusaService({ OrderGroup, SalesOutbox }) {
  /** The next checkout's number, for its order reference (lib/order-reference.ts). */
  async nextCheckoutNumber(): Promise<number> {
    // What @InjectManager would hand over; its parameter decorator is not valid syntax for Biome.
    const repository = (this as unknown as { baseRepository_: { getFreshManager(): EntityManager } })
      .baseRepository_;
    const rows = await repository
      .getFreshManager()
      .execute(`select nextval('ocop_checkout_number_seq') as n`);
    return Number((rows as { n: string }[])[0].n);
  }
}

export default MarketplaceModuleService;
