import { SalesEventSchema } from '@ocop/contracts';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { producerScope } from '../auth/policy';
import { SalesEventView, SalesSummaryView } from '../http/api-views';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { ProvinceSchema } from '../producers/producer-routes';
import { recordSalesEvent } from './record-sales-event';

const SummaryQuery = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    groupBy: z.enum(['product', 'producer', 'channel', 'day']).default('product'),
    producerId: z.string().uuid().optional(),
    productId: z.string().uuid().optional(),
    channel: z.enum(['marketplace', 'showroom', 'supermarket', 'livestream', 'other']).optional(),
    province: ProvinceSchema.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export function registerLedgerRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  routes.add(
    {
      method: 'post',
      path: '/v1/sales-events',
      summary: 'Append a sale, return or cancellation; idempotent on eventId',
      tag: 'ledger',
      auth: 'signed-in',
      body: SalesEventSchema,
      responses: {
        201: { description: 'Recorded', schema: SalesEventView },
        200: { description: 'Already recorded: the original', schema: SalesEventView },
        400: { description: 'occurred_at_out_of_range: before 2018 or over 10 minutes ahead' },
        403: {
          description:
            'channel_not_allowed (a producer posting a marketplace sale), sale_not_yours (compensating a backend sale)',
        },
        409: { description: 'Same eventId, other data' },
      },
    },
    async ({ c, body, principal }) => {
      const { created, row } = await recordSalesEvent(body, { sql: deps.sql, principal, now: deps.clock() });
      return c.json(ledgerView(row), created ? 201 : 200);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/sales/summary',
      summary: 'Sales volume from the daily rollup (Vietnamese calendar days, both ends included)',
      tag: 'ledger',
      auth: 'signed-in',
      query: SummaryQuery,
      responses: {
        200: { description: 'Rows with quantity, amountVnd and events', schema: SalesSummaryView },
      },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      const key = {
        product: sql`d.product_id::text`,
        producer: sql`d.producer_id::text`,
        channel: sql`d.channel::text`,
        day: sql`d.day::text`,
      }[query.groupBy];
      const rows = await deps.db.execute<{
        key: string;
        quantity: number;
        amount_vnd: number;
        events: number;
      }>(sql`
        select ${key} as key, sum(d.quantity)::bigint as quantity, sum(d.amount_vnd)::bigint as amount_vnd,
               sum(d.events)::int as events
        from sales_daily d
        ${query.province ? sql`join producers pr on pr.id = d.producer_id and pr.province = ${query.province}` : sql``}
        where d.day between ${query.from} and ${query.to}
          ${own ? sql`and d.producer_id = ${own}` : sql``}
          ${query.producerId ? sql`and d.producer_id = ${query.producerId}` : sql``}
          ${query.productId ? sql`and d.product_id = ${query.productId}` : sql``}
          ${query.channel ? sql`and d.channel = ${query.channel}` : sql``}
        group by 1 order by 1`);
      return c.json({
        groupBy: query.groupBy,
        rows: rows.map((r) => ({
          key: r.key,
          quantity: Number(r.quantity),
          amountVnd: Number(r.amount_vnd),
          events: r.events,
        })),
      });
    },
  );
}

function ledgerView(r: Awaited<ReturnType<typeof recordSalesEvent>>['row']) {
  return {
    eventId: r.event_id,
    kind: r.kind,
    productId: r.product_id,
    producerId: r.producer_id,
    channel: r.channel,
    quantity: r.quantity,
    amountVnd: Number(r.amount_vnd),
    occurredAt: new Date(r.occurred_at).toISOString(),
    orderRef: r.order_ref,
    compensatesEventId: r.compensates_event_id,
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}
