import { CERTIFICATE_STATUSES, EXPIRING_WINDOW_DAYS, PART_MAX } from '@ocop/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertCanReadProducer, producerScope } from '../auth/policy';
import { notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { ProvinceSchema, parseUuid } from '../producers/producer-routes';
import { type CertificateRow, certificateView } from './current-certificate';
import { issueCertificate } from './issue-certificate';
import { revokeCertificate } from './revoke-certificate';

const Score = (max: number) => z.number().min(0).max(max).multipleOf(0.01);
const DecisionInput = z.object({
  number: z.string().min(3).max(60),
  scores: z.object({ A: Score(PART_MAX.A), B: Score(PART_MAX.B), C: Score(PART_MAX.C) }),
  failedMandatory: z.array(z.string().min(1)).default([]),
  issuingLevel: z.enum(['district', 'province', 'central']),
  issuerName: z
    .string()
    .min(3)
    .max(200)
    .transform((s) => s.normalize('NFC')),
  decisionNumber: z.string().min(3).max(60),
  issuedAt: z.coerce.date(),
});
const IssueInput = DecisionInput.extend({ productId: z.string().uuid() });
const RevokeInput = z.object({
  reason: z.enum(['not_reevaluated', 'failed_mandatory', 'quality_violation', 'other']),
  note: z.string().max(2000).nullable().default(null),
  decisionNumber: z.string().min(3).max(60),
  revokedAt: z.coerce.date().nullable().default(null),
});
const ListQuery = z.object({
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  province: ProvinceSchema.optional(),
  producerId: z.string().uuid().optional(),
  /** Only each product's certificate in force (default), or the whole history. */
  history: z.enum(['true', 'false']).default('false'),
});

export function registerCertificateRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db, clock } = deps;

  routes.add(
    {
      method: 'post',
      path: '/v1/certificates',
      summary: "Record a council's decision: the stars are computed from the scores",
      tag: 'certificates',
      auth: 'signed-in',
      body: IssueInput,
      responses: { 201: { description: 'Issued' }, 422: { description: 'Scores do not certify' } },
    },
    async ({ c, body, principal }) => {
      const { productId, ...decision } = body;
      const row = await issueCertificate(productId, decision, { db, clock, principal });
      return c.json(certificateView(row, clock()), 201);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/certificates/:id/renew',
      summary: 'Re-evaluation: a new certificate that supersedes this one (stars may change)',
      tag: 'certificates',
      auth: 'signed-in',
      body: DecisionInput,
      responses: { 201: { description: 'Renewed' } },
    },
    async ({ c, body, params, principal }) => {
      const previous = await loadCertificate(deps, params.id);
      const row = await issueCertificate(previous.productId, body, { db, clock, principal }, previous);
      return c.json(certificateView(row, clock()), 201);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/certificates/:id/revoke',
      summary: 'Revoke a certificate (officials with the revoker role); the product stops selling as OCOP',
      tag: 'certificates',
      auth: 'signed-in',
      body: RevokeInput,
      responses: { 200: { description: 'Revoked' } },
    },
    async ({ c, body, params, principal }) => {
      const row = await revokeCertificate(parseUuid(params.id), body, { db, clock, principal });
      return c.json(certificateView(row, clock()));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/certificates',
      summary: 'Certificates by status (e.g. expiring within 90 days); a seller sees only its own',
      tag: 'certificates',
      auth: 'signed-in',
      query: ListQuery,
      responses: { 200: { description: 'Certificates' } },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      const at = clock();
      // Drizzle passes Dates in raw sql fragments through unserialized: send ISO text.
      const now = at.toISOString();
      const expiringFrom = new Date(at.getTime() + EXPIRING_WINDOW_DAYS * 86_400_000).toISOString();
      const statusSql = {
        revoked: sql`c.revoked_at <= ${now}`,
        expired: sql`(c.revoked_at is null or c.revoked_at > ${now}) and c.expires_at <= ${now}`,
        expiring: sql`(c.revoked_at is null or c.revoked_at > ${now}) and c.expires_at > ${now} and c.expires_at <= ${expiringFrom}`,
        active: sql`(c.revoked_at is null or c.revoked_at > ${now}) and c.expires_at > ${expiringFrom}`,
      };
      const rows = await db.execute<{ id: string }>(sql`
        select c.id from certificates c
        join products p on p.id = c.product_id
        join producers pr on pr.id = p.producer_id
        where true
          ${query.status ? sql`and ${statusSql[query.status]}` : sql``}
          ${query.province ? sql`and pr.province = ${query.province}` : sql``}
          ${query.producerId ? sql`and pr.id = ${query.producerId}` : sql``}
          ${own ? sql`and pr.id = ${own}` : sql``}
          ${query.history === 'false' ? sql`and not exists (select 1 from certificates n where n.renews_id = c.id)` : sql``}
        order by c.expires_at asc
        limit 1000`);
      const ids = rows.map((r) => r.id);
      const full = ids.length
        ? await db.query.certificates.findMany({ where: (t, { inArray }) => inArray(t.id, ids) })
        : [];
      const byId = new Map(full.map((r) => [r.id, r]));
      const certificatesOut = ids
        .map((id) => byId.get(id))
        .filter((r): r is CertificateRow => Boolean(r))
        .map((r) => certificateView(r, at));
      return c.json({ certificates: certificatesOut });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/certificates/:id',
      summary: 'One certificate with its status now',
      tag: 'certificates',
      auth: 'signed-in',
      responses: { 200: { description: 'Certificate' }, 404: { description: 'Not found' } },
    },
    async ({ c, params, principal }) => {
      const row = await loadCertificate(deps, params.id);
      const product = await db.query.products.findFirst({ where: (t, { eq }) => eq(t.id, row.productId) });
      assertCanReadProducer(principal, product?.producerId ?? '', 'The certificate');
      return c.json(certificateView(row, clock()));
    },
  );
}

async function loadCertificate({ db }: Pick<RegistryDeps, 'db'>, rawId: string | undefined) {
  const id = parseUuid(rawId);
  const row = await db.query.certificates.findFirst({ where: (t, { eq }) => eq(t.id, id) });
  if (!row) throw notFound('The certificate');
  return row;
}
