import { createHash } from 'node:crypto';
import type { SalesEvent } from '@ocop/contracts';
import type postgres from 'postgres';
import type { Principal } from '../auth/principal';
import type { Sql } from '../db/client';
import { AppError } from '../http/app-error';

export interface LedgerRow {
  event_id: string;
  kind: string;
  product_id: string;
  producer_id: string;
  channel: string;
  quantity: number;
  amount_vnd: number;
  occurred_at: Date;
  order_ref: string | null;
  compensates_event_id: string | null;
  payload_hash: string;
  recorded_at: Date;
}

/**
 * Appends one event to the ledger and its amount to the daily rollup in the same transaction.
 * The event id is the idempotency key: a repeat with the same payload answers the original,
 * a repeat with another payload is refused.
 */
export async function recordSalesEvent(
  event: SalesEvent,
  deps: { sql: Sql; principal: Principal; now: Date },
): Promise<{ created: boolean; row: LedgerRow }> {
  const { sql, principal } = deps;
  authorize(principal, event);
  assertPlausibleDate(event.occurredAt, deps.now);
  const payloadHash = hashPayload(event);
  const sign = event.kind === 'sale' ? 1 : -1;

  return sql.begin(async (tx) => {
    const [product] = await tx<
      { producer_id: string }[]
    >`select producer_id from products where id = ${event.productId}`;
    if (!product || product.producer_id !== event.producerId) {
      throw new AppError('validation_failed', 'productId does not name a product of producerId.');
    }
    // Lock the sale being compensated, so concurrent returns of it are checked one at a time.
    const sale = event.compensatesEventId ? await lockSale(tx, event.compensatesEventId) : undefined;
    if (event.compensatesEventId) {
      if (sale?.kind !== 'sale' || sale.product_id !== event.productId || sale.channel !== event.channel) {
        throw new AppError(
          'validation_failed',
          'compensatesEventId must name a recorded sale of the same product and channel.',
        );
      }
      if (principal.kind === 'seller' && !sale.recorded_by.startsWith('seller:')) {
        throw new AppError(
          'sale_not_yours',
          'A producer can return or cancel only sales it recorded itself; this one came from the marketplace.',
        );
      }
    }
    const [existing] = await tx<LedgerRow[]>`select * from sales_events where event_id = ${event.eventId}`;
    if (existing) return answerReplay(existing, payloadHash);
    if (sale) {
      const [done] = await tx<{ quantity: number; amount: number }[]>`
        select coalesce(-sum(quantity), 0)::int as quantity, coalesce(-sum(amount_vnd), 0)::bigint as amount
        from sales_events where compensates_event_id = ${sale.event_id}`;
      const quantityLeft = sale.quantity - (done?.quantity ?? 0);
      const amountLeft = Number(sale.amount_vnd) - Number(done?.amount ?? 0);
      if (event.quantity > quantityLeft || event.amountVnd > amountLeft) {
        throw new AppError(
          'conflict',
          `Sale ${sale.event_id} has ${quantityLeft} unit(s) and ${amountLeft} đồng left to return or cancel.`,
        );
      }
    }
    const occurredAt = new Date(event.occurredAt);
    const [inserted] = await tx<LedgerRow[]>`
      insert into sales_events (event_id, kind, product_id, producer_id, channel, quantity, amount_vnd,
                                occurred_at, order_ref, compensates_event_id, payload_hash, recorded_by)
      values (${event.eventId}, ${event.kind}, ${event.productId}, ${event.producerId}, ${event.channel},
              ${sign * event.quantity}, ${sign * event.amountVnd}, ${occurredAt}, ${event.orderRef ?? null},
              ${event.compensatesEventId ?? null}, ${payloadHash}, ${describe(principal)})
      on conflict (event_id) do nothing
      returning *`;
    if (!inserted) {
      const [original] = await tx<LedgerRow[]>`select * from sales_events where event_id = ${event.eventId}`;
      if (!original) throw new Error('sales event vanished');
      if (original.payload_hash !== payloadHash) {
        throw new AppError(
          'idempotency_conflict',
          `Event ${event.eventId} was already recorded with other data.`,
        );
      }
      return { created: false, row: original };
    }
    await tx`
      insert into sales_daily (product_id, producer_id, channel, day, quantity, amount_vnd, events)
      values (${event.productId}, ${event.producerId}, ${event.channel},
              (${occurredAt}::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date,
              ${sign * event.quantity}, ${sign * event.amountVnd}, 1)
      on conflict (product_id, channel, day) do update set
        quantity = sales_daily.quantity + excluded.quantity,
        amount_vnd = sales_daily.amount_vnd + excluded.amount_vnd,
        events = sales_daily.events + 1`;
    return { created: true, row: inserted };
  });
}

function answerReplay(original: LedgerRow, payloadHash: string): { created: boolean; row: LedgerRow } {
  if (original.payload_hash !== payloadHash) {
    throw new AppError(
      'idempotency_conflict',
      `Event ${original.event_id} was already recorded with other data.`,
    );
  }
  return { created: false, row: original };
}

type Tx = postgres.TransactionSql;

async function lockSale(tx: Tx, eventId: string) {
  const [sale] = await tx<
    {
      event_id: string;
      kind: string;
      product_id: string;
      channel: string;
      quantity: number;
      amount_vnd: string;
      recorded_by: string;
    }[]
  >`select event_id, kind, product_id, channel, quantity, amount_vnd, recorded_by from sales_events
    where event_id = ${eventId} for update`;
  return sale;
}

function authorize(principal: Principal, event: SalesEvent): void {
  if (principal.kind === 'service') return;
  if (principal.kind === 'anonymous') throw new AppError('unauthenticated', 'Sign in to record sales.');
  if (principal.kind !== 'seller' || principal.producerId !== event.producerId) {
    throw new AppError('forbidden', 'Only the backend or the producer itself records its sales.');
  }
  // Marketplace orders reach the ledger from the backend; a producer posting them could inflate
  // or cancel what the marketplace sold.
  if (event.channel === 'marketplace') {
    throw new AppError(
      'channel_not_allowed',
      'Marketplace sales are recorded by the marketplace; a producer records its own channels only.',
    );
  }
}

/** The ledger starts with the programme's online records; Vietnam's clock, not the server's. */
export const LEDGER_START = new Date('2018-01-01T00:00:00+07:00');
/** Allowed clock skew between a till or the backend and the registry. */
export const MAX_FUTURE_MS = 10 * 60 * 1000;

function assertPlausibleDate(occurredAt: string, now: Date): void {
  const at = new Date(occurredAt);
  if (at < LEDGER_START || at.getTime() > now.getTime() + MAX_FUTURE_MS) {
    throw new AppError(
      'occurred_at_out_of_range',
      'occurredAt must be after 2018-01-01 (Vietnam time) and not more than 10 minutes in the future.',
    );
  }
}

function describe(p: Principal): string {
  return p.kind === 'anonymous' ? 'anonymous' : `${p.kind}:${p.actorId}`;
}

function hashPayload(e: SalesEvent): string {
  const canonical = [
    e.kind,
    e.productId,
    e.producerId,
    e.channel,
    e.quantity,
    e.amountVnd,
    new Date(e.occurredAt).toISOString(),
    e.orderRef ?? '',
    e.compensatesEventId ?? '',
  ].join('|');
  return createHash('sha256').update(canonical).digest('hex');
}
