import {
  CERTIFICATE_STATES,
  CERTIFICATE_STATUSES,
  certificateState,
  certificateStatus,
  EXPIRING_WINDOW_DAYS,
  PART_MAX,
  RE_EVALUATION_OPENS_DAYS,
  SCORECARD_VERSIONS,
} from '@ocop/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertCanReadProducer, producerScope } from '../auth/policy';
import { CertificateView } from '../http/api-views';
import { notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { ProvinceSchema, parseUuid } from '../producers/producer-routes';
import { type CertificateRow, certificateView } from './current-certificate';
import { issueCertificate } from './issue-certificate';
import { fileReEvaluation, refuseReEvaluation } from './re-evaluation';
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
  /** Default: the sheets in force when the re-evaluation (or, for a first issue, the decision) was filed. */
  scorecardVersion: z.enum(SCORECARD_VERSIONS).optional(),
});
const IssueInput = DecisionInput.extend({ productId: z.string().uuid() });
const RevokeInput = z.object({
  reason: z.enum(['not_reevaluated', 'failed_mandatory', 'quality_violation', 'other']),
  note: z.string().max(2000).nullable().default(null),
  decisionNumber: z.string().min(3).max(60),
  revokedAt: z.coerce.date().nullable().default(null),
});
const FileInput = z.object({
  /** When the dossier was filed (a paper filing's date); now by default. */
  filedAt: z.coerce.date().nullable().default(null),
});
const RefuseInput = z.object({
  decisionNumber: z.string().min(3).max(60),
  decidedAt: z.coerce.date().nullable().default(null),
});
const ListQuery = z.object({
  /** The Decision 148-era names (v1/v2): an extended certificate reads `expiring`. */
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  /** Decision 26's states: `expiring` from the re-evaluation window's opening, `extended`. */
  state: z.enum(CERTIFICATE_STATES).optional(),
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
      responses: {
        201: { description: 'Issued', schema: CertificateView },
        422: { description: 'Scores do not certify' },
      },
    },
    async ({ c, body, principal }) => {
      const { productId, ...decision } = body;
      const row = await issueCertificate(productId, decision, { db, clock, principal, jobs: deps.jobs });
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
      responses: { 201: { description: 'Renewed', schema: CertificateView } },
    },
    async ({ c, body, params, principal }) => {
      const previous = await loadCertificate(deps, params.id);
      const row = await issueCertificate(
        previous.productId,
        body,
        { db, clock, principal, jobs: deps.jobs },
        previous,
      );
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
      responses: { 200: { description: 'Revoked', schema: CertificateView } },
    },
    async ({ c, body, params, principal }) => {
      const row = await revokeCertificate(parseUuid(params.id), body, {
        db,
        clock,
        principal,
        jobs: deps.jobs,
      });
      return c.json(certificateView(row, clock()));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/certificates/:id/re-evaluation',
      summary:
        'Record that the re-evaluation dossier was filed (from 180 days before expiry, while in force); a timely filing undecided at expiry extends the certificate',
      tag: 'certificates',
      auth: 'signed-in',
      body: FileInput,
      responses: { 200: { description: 'Filed', schema: CertificateView } },
    },
    async ({ c, body, params, principal }) => {
      const row = await fileReEvaluation(parseUuid(params.id), body, {
        db,
        clock,
        principal,
        jobs: deps.jobs,
      });
      return c.json(certificateView(row, clock()));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/certificates/:id/re-evaluation/refusal',
      summary: 'The council refused the re-evaluation: the certificate is not extended past its expiry',
      tag: 'certificates',
      auth: 'signed-in',
      body: RefuseInput,
      responses: { 200: { description: 'Refused', schema: CertificateView } },
    },
    async ({ c, body, params, principal }) => {
      const row = await refuseReEvaluation(parseUuid(params.id), body, {
        db,
        clock,
        principal,
        jobs: deps.jobs,
      });
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
      responses: {
        200: { description: 'Certificates', schema: z.object({ certificates: z.array(CertificateView) }) },
      },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      const at = clock();
      // Drizzle passes Dates in raw sql fragments through unserialized: send ISO text.
      const now = at.toISOString();
      const day = 86_400_000;
      const expiringFrom = new Date(at.getTime() + EXPIRING_WINDOW_DAYS * day).toISOString();
      // SQL narrows to a superset by expiry; the domain's rule (certificateStatus, certificateState)
      // decides below, so a filed re-evaluation that extends a certificate is read one way only.
      const windowFrom = new Date(at.getTime() + (RE_EVALUATION_OPENS_DAYS + 1) * day).toISOString();
      const windowTo = new Date(at.getTime() + (RE_EVALUATION_OPENS_DAYS - 1) * day).toISOString();
      const inForce = sql`(c.revoked_at is null or c.revoked_at > ${now})`;
      const statusSql = {
        revoked: sql`c.revoked_at <= ${now}`,
        expired: sql`${inForce} and c.expires_at <= ${now}`,
        expiring: sql`${inForce} and c.expires_at <= ${expiringFrom}`,
        active: sql`${inForce} and c.expires_at > ${expiringFrom}`,
      };
      const stateSql = {
        revoked: statusSql.revoked,
        expired: statusSql.expired,
        extended: sql`${inForce} and c.expires_at <= ${now} and c.re_evaluation_filed_at is not null`,
        expiring: sql`${inForce} and c.expires_at > ${now} and c.expires_at <= ${windowFrom}`,
        active: sql`${inForce} and c.expires_at > ${windowTo}`,
      };
      const rows = await db.execute<{ id: string }>(sql`
        select c.id from certificates c
        join products p on p.id = c.product_id
        join producers pr on pr.id = p.producer_id
        where true
          ${query.status ? sql`and ${statusSql[query.status]}` : sql``}
          ${query.state ? sql`and ${stateSql[query.state]}` : sql``}
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
        .filter((r) => !query.status || certificateStatus(r, at) === query.status)
        .filter((r) => !query.state || certificateState(r, at) === query.state)
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
      responses: {
        200: { description: 'Certificate', schema: CertificateView },
        404: { description: 'Not found' },
      },
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
