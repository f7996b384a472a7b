import { isProvince, parseStampPath } from '@ocop/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertOfficialRole, producerScope } from '../auth/policy';
import { AlertView } from '../http/api-views';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { parseUuid } from '../producers/producer-routes';

const ReportInput = z.object({
  stampUrl: z.string().url().max(500),
  note: z.string().min(3).max(2000),
  province: z.string().refine(isProvince, 'one of the 34 provinces').nullable().optional(),
  contact: z.string().max(200).nullable().optional(),
});

export function registerAlertRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db, clock } = deps;

  routes.add(
    {
      method: 'post',
      path: '/v1/reports',
      summary: 'A consumer reports a suspected fake (public); opens an alert for officials',
      tag: 'alerts',
      auth: 'public',
      body: ReportInput,
      responses: {
        201: {
          description: 'Alert opened',
          schema: z.object({ id: z.string().uuid(), status: z.literal('open') }),
        },
      },
    },
    async ({ c, body }) => {
      const parsed = parseStampPath(new URL(body.stampUrl).pathname);
      if (!parsed.ok) throw new AppError('validation_failed', `stampUrl: ${parsed.message}`);
      const s = parsed.value;
      const match =
        s.scheme === 'gtin'
          ? sql`(p.gtin = ${s.gtin14 ?? ''} or p.platform_gtin = ${s.gtin14 ?? ''})`
          : sql`p.code = ${s.productCode ?? ''}`;
      const [subject] = await db.execute<{
        product_id: string;
        producer_id: string;
        batch_id: string | null;
      }>(sql`
        select p.id as product_id, p.producer_id, b.id as batch_id
        from products p left join batches b on b.product_id = p.id and b.code = ${s.batch}
        where ${match}`);
      const details = {
        stampUrl: body.stampUrl,
        note: body.note.normalize('NFC'),
        contact: body.contact ?? null,
      };
      const [alert] = await db.execute<{ id: string }>(sql`
        insert into alerts (kind, batch_id, product_id, producer_id, province, details)
        values ('consumer_report', ${subject?.batch_id ?? null}, ${subject?.product_id ?? null},
                ${subject?.producer_id ?? null}, ${body.province ?? null}, ${JSON.stringify(details)}::jsonb)
        returning id`);
      return c.json({ id: alert?.id, status: 'open' }, 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/alerts',
      summary: 'Alerts (officials see all; a seller sees those about its own products)',
      tag: 'alerts',
      auth: 'signed-in',
      query: z.object({ status: z.enum(['open', 'resolved']).default('open') }),
      responses: { 200: { description: 'Alerts', schema: z.object({ alerts: z.array(AlertView) }) } },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      // A reporter's contact is for officials; the reported producer sees the report without it.
      const details = own ? sql`details - 'contact'` : sql`details`;
      const rows = await db.execute(sql`
        select id, kind, status, batch_id, seq, product_id, producer_id, province, ${details} as details,
               opened_at, resolved_at, resolved_by, resolution_note
        from alerts where status = ${query.status}
        ${own ? sql`and producer_id = ${own}` : sql``}
        order by opened_at desc limit 500`);
      return c.json({ alerts: rows });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/alerts/:id/resolve',
      summary:
        "Close an alert with a note (inspectors of the product's producer's province, or national ones)",
      tag: 'alerts',
      auth: 'signed-in',
      body: z.object({ note: z.string().min(3).max(2000) }),
      responses: { 200: { description: 'Resolved', schema: AlertView } },
    },
    async ({ c, body, params, principal }) => {
      const official = assertOfficialRole(principal, 'inspector');
      const id = parseUuid(params.id);
      // The province that decides is the producer's, from our own records: an alert's own
      // province is what a reporter claimed or where a scan came from, and anyone can set those.
      const [subject] = await db.execute<{ producer_province: string | null }>(sql`
        select coalesce(pr.province, pa.province) as producer_province
        from alerts a
        left join products p on p.id = a.product_id
        left join producers pa on pa.id = p.producer_id
        left join producers pr on pr.id = a.producer_id
        where a.id = ${id} and a.status = 'open'`);
      if (!subject) throw notFound('An open alert with that id');
      if (official.province !== null && subject.producer_province !== official.province) {
        throw new AppError(
          'forbidden',
          subject.producer_province
            ? `An official of ${official.province} cannot act on an alert about a producer in ${subject.producer_province}.`
            : 'Only a national official can act on an alert that names no producer.',
        );
      }
      const [row] = await db.execute(sql`
        update alerts set status = 'resolved', resolved_at = ${clock().toISOString()}, resolved_by = ${official.actorId},
               resolution_note = ${body.note}
        where id = ${id} and status = 'open'
        returning *`);
      if (!row) throw notFound('An open alert with that id');
      return c.json(row);
    },
  );
}
