import type { EntityManager, Knex } from '@medusajs/framework/mikro-orm/knex';
import { MedusaService } from '@medusajs/framework/utils';
import OrderGroup from './models/order-group';
import SalesOutbox from './models/sales-outbox';

/** A sales event claimed for sending. */
export interface ClaimedSalesEvent {
  id: string;
  event_id: string;
  payload: unknown;
  attempts: number;
}

// The key is the model's name (ocop_order_group), so Query and links find listOcopOrderGroups.
class MarketplaceModuleService extends MedusaService({ OcopOrderGroup: OrderGroup, SalesOutbox }) {
  /** The module's own connection (what @InjectManager would hand over; Biome refuses its syntax). */
  private knex(): Knex {
    const repository = (this as unknown as { baseRepository_: { getFreshManager(): EntityManager } })
      .baseRepository_;
    return repository.getFreshManager().getKnex();
  }

  /** The next checkout's number, for its order reference (lib/orders/order-reference.ts). */
  async nextCheckoutNumber(): Promise<number> {
    const { rows } = await this.knex().raw(`select nextval('ocop_checkout_number_seq') as n`);
    return Number((rows as { n: string }[])[0]?.n);
  }

  /**
   * Claims up to `limit` sales events due at `now` and leases them until `leaseUntil`, in one
   * short statement (SKIP LOCKED: concurrent workers take different rows). A cancellation or
   * return waits until the sale it undoes is delivered. Oldest first.
   */
  async claimDueSalesEvents(now: Date, limit: number, leaseUntil: Date): Promise<ClaimedSalesEvent[]> {
    const { rows } = (await this.knex().raw(
      `with due as (
         select o.id from ocop_sales_outbox o
         where o.delivered_at is null and o.failed_at is null and o.deleted_at is null and o.next_attempt_at <= ?
           and not exists (
             select 1 from ocop_sales_outbox s
             where s.event_id = o.payload->>'compensatesEventId' and s.delivered_at is null and s.deleted_at is null)
         order by o.created_at, o.id
         limit ?
         for update of o skip locked
       )
       update ocop_sales_outbox o set next_attempt_at = ?, updated_at = now()
       from due where o.id = due.id
       returning o.id, o.event_id, o.payload, o.attempts, o.created_at`,
      [now, limit, leaseUntil],
    )) as { rows: Array<ClaimedSalesEvent & { created_at: Date }> };
    // UPDATE … RETURNING gives no order: in the order the events happened.
    return rows
      .sort(
        (a, b) =>
          new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id),
      )
      .map(({ created_at: _c, ...row }) => row);
  }
}

export default MarketplaceModuleService;
