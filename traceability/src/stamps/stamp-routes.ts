import {
  createVersionedSerial,
  findProductGroup,
  isCertifiedNow,
  MAX_SEQ,
  serialVersionFor,
  typedStampCode,
} from '@ocop/domain';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { findBatchFor, stampUrl } from '../batches/batch-routes';
import { currentCertificate } from '../certificates/current-certificate';
import { batches, stampIssuances, stamps } from '../db/schema';
import { csvCell } from '../exports/circular-02-rows';
import { IssuanceView } from '../http/api-views';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { JOBS } from '../jobs/job-queue';
import { parseUuid } from '../producers/producer-routes';
import { findProductFor } from '../products/product-routes';
import { MAX_STAMPS_PER_CALL } from './issue-stamps';
import { parseSeq } from './parse-seq';
import { QrQuery, qrHeaders, renderQrSvg } from './render-qr-svg';
import { primaryKeyOf, stampSubjectOf } from './stamp-subject';

const UrlsQuery = z.object({ format: z.enum(['text', 'csv']).default('text') });
const IssueInput = z.object({ count: z.number().int().min(1).max(MAX_STAMPS_PER_CALL) });
const VoidInput = z
  .object({
    fromSeq: z.number().int().min(0).max(MAX_SEQ),
    toSeq: z.number().int().min(0).max(MAX_SEQ),
    reason: z.string().min(3).max(500),
  })
  .refine((v) => v.toSeq >= v.fromSeq && v.toSeq - v.fromSeq < MAX_STAMPS_PER_CALL, {
    message: `toSeq must be ≥ fromSeq and the range at most ${MAX_STAMPS_PER_CALL} stamps`,
    path: ['toSeq'],
  });

export function registerStampRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db, sql, clock, config } = deps;
  const issuanceView = (row: typeof stampIssuances.$inferSelect) => ({
    ...row,
    progressUrl: `/v1/stamp-issuances/${row.id}`,
    urlsUrl: `/v1/stamp-issuances/${row.id}/urls`,
  });

  routes.add(
    {
      method: 'post',
      path: '/v1/batches/:id/stamps',
      summary:
        'Issue 1 to 1,000,000 serialized stamps in the background (202; poll progressUrl). Idempotency-Key makes retries safe.',
      tag: 'stamps',
      auth: 'signed-in',
      body: IssueInput,
      responses: {
        202: { description: 'Started', schema: IssuanceView },
        200: { description: 'Same Idempotency-Key: the original', schema: IssuanceView },
      },
    },
    async ({ c, body, params, principal }) => {
      const { product, batch } = await findBatchFor(deps, params.id, principal, 'manage');
      if (findProductGroup(product.productGroup)?.stampable === false) {
        throw new AppError('batch_not_stampable', 'Tourism services have no stamps.');
      }
      const certificate = await currentCertificate(db, product.id);
      if (!certificate || !isCertifiedNow(certificate, clock())) {
        throw new AppError('certificate_not_active', 'OCOP stamps need a certificate that is in force.');
      }
      const idempotencyKey = c.req.header('idempotency-key')?.slice(0, 200) ?? null;
      const left = batch.quantity - batch.nextSeq;
      if (idempotencyKey) {
        const existing = await db.query.stampIssuances.findFirst({
          where: and(eq(stampIssuances.batchId, batch.id), eq(stampIssuances.idempotencyKey, idempotencyKey)),
        });
        if (existing) {
          if (existing.requested !== body.count) {
            throw new AppError('idempotency_conflict', 'This Idempotency-Key was used with another count.');
          }
          return c.json(issuanceView(existing), 200);
        }
      }
      if (body.count > left) {
        throw new AppError(
          'conflict',
          `Batch ${batch.code} has ${left} of ${batch.quantity} units without a stamp; ${body.count} requested.`,
        );
      }
      const key = deps.stampKeys.active;
      const lastSeq = batch.nextSeq + body.count - 1;
      // The run keeps the GTIN (or code) it starts with, whatever the product gets later.
      const { gtin } = stampSubjectOf(product);
      const serialVersion = serialVersionFor({ gtin, batch: batch.code, key, lastSeq });
      // The run and its job commit together: accepted means it will run, after a restart too.
      const issuance = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(stampIssuances)
          .values({
            batchId: batch.id,
            idempotencyKey,
            requested: body.count,
            keyId: key.id,
            serialVersion,
            gtin,
            createdBy:
              principal.kind === 'anonymous' ? 'anonymous' : `${principal.kind}:${principal.actorId}`,
          })
          .onConflictDoNothing()
          .returning();
        if (row) await deps.jobs.sendIn(tx, JOBS.issueStamps, { issuanceId: row.id });
        return row;
      });
      if (!issuance) {
        throw new AppError(
          'conflict',
          'A print run for this batch is already running (or used this Idempotency-Key).',
        );
      }
      deps.jobs.kick(JOBS.issueStamps);
      c.header('location', `/v1/stamp-issuances/${issuance.id}`);
      return c.json(issuanceView(issuance), 202);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/stamp-issuances/:id',
      summary: 'Progress of a stamp issuance',
      tag: 'stamps',
      auth: 'signed-in',
      responses: { 200: { description: 'Issuance', schema: IssuanceView } },
    },
    async ({ c, params, principal }) => {
      const issuance = await findIssuanceFor(deps, params.id, principal);
      return c.json(issuanceView(issuance));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/stamp-issuances/:id/urls',
      summary:
        'The stamp URLs of a finished issuance for the printer: one a line (text/plain), or ' +
        '?format=csv with seq, url and the typed code printed under a v2 QR',
      tag: 'stamps',
      auth: 'signed-in',
      query: UrlsQuery,
      responses: { 200: { description: 'text/plain, or text/csv' } },
    },
    async ({ c, params, query, principal }) => {
      const issuance = await findIssuanceFor(deps, params.id, principal);
      if (issuance.status !== 'done' || issuance.firstSeq === null) {
        throw new AppError('conflict', `The issuance is ${issuance.status}; URLs exist once it is done.`);
      }
      // Serials are as good as the stamps themselves: only whoever manages the batch gets them.
      const { product, batch } = await findBatchFor(deps, issuance.batchId, principal, 'manage');
      const key = deps.stampKeys.find(issuance.keyId);
      if (!key) throw new Error(`stamp key ${issuance.keyId} is no longer configured`);
      const subject = { gtin: issuance.gtin, code: product.code };
      const primaryKey = primaryKeyOf(subject);
      const first = issuance.firstSeq;
      const last = first + issuance.issued;
      const encoder = new TextEncoder();
      const csv = query.format === 'csv';
      // The line people type (decision 016): v2 stamps under the product code only.
      const typed = issuance.serialVersion === 2 && issuance.gtin === null;
      let seq = first;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          if (csv) controller.enqueue(encoder.encode('seq,url,typed_code\r\n'));
        },
        pull(controller) {
          if (seq >= last) return controller.close();
          const end = Math.min(last, seq + 10_000);
          let text = '';
          for (; seq < end; seq++) {
            const serial = createVersionedSerial(
              issuance.serialVersion === 2 ? 2 : 1,
              { primaryKey, batch: batch.code, seq },
              key,
            );
            const url = stampUrl(config.publicBaseUrl, subject, batch, serial);
            if (!csv) {
              text += `${url}\n`;
              continue;
            }
            const code = typed
              ? typedStampCode({ productCode: product.code, batch: batch.code, serial })
              : '';
            text += `${seq},${csvCell(url)},${csvCell(code)}\r\n`;
          }
          controller.enqueue(encoder.encode(text));
        },
      });
      const type = csv ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
      return c.body(body, 200, { 'content-type': type });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id/stamps/:seq/qr.svg',
      summary: "One unit's QR code as SVG",
      tag: 'stamps',
      auth: 'signed-in',
      query: QrQuery,
      responses: { 200: { description: 'image/svg+xml' } },
    },
    async ({ c, params, query, principal }) => {
      const { product, batch } = await findBatchFor(deps, params.id, principal, 'manage');
      const seq = parseSeq(params.seq);
      const [row] = await db
        .select({
          keyId: stampIssuances.keyId,
          serialVersion: stampIssuances.serialVersion,
          gtin: stampIssuances.gtin,
        })
        .from(stamps)
        .innerJoin(stampIssuances, eq(stampIssuances.id, stamps.issuanceId))
        .where(and(eq(stamps.batchId, batch.id), eq(stamps.seq, seq)));
      const key = row && deps.stampKeys.find(row.keyId);
      if (!key) throw notFound('The stamp');
      const subject = { gtin: row.gtin, code: product.code };
      const serial = createVersionedSerial(
        row.serialVersion === 2 ? 2 : 1,
        { primaryKey: primaryKeyOf(subject), batch: batch.code, seq },
        key,
      );
      const qr = await renderQrSvg(stampUrl(config.publicBaseUrl, subject, batch, serial), query.module_mm);
      // The line printed under a v2 QR for people to type on the storefront (decision 016).
      const headers: Record<string, string> = qrHeaders(qr);
      if (row.serialVersion === 2) {
        headers['x-stamp-typed-code'] = typedStampCode({
          productCode: product.code,
          batch: batch.code,
          serial,
        });
      }
      return c.body(qr.svg, 200, headers);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/batches/:id/stamps/void',
      summary: 'Void a range of stamps (a lost or stolen roll); they then verify as "void"',
      tag: 'stamps',
      auth: 'signed-in',
      body: VoidInput,
      responses: {
        200: { description: 'How many were voided', schema: z.object({ voided: z.number().int() }) },
      },
    },
    async ({ c, body, params, principal }) => {
      const { batch } = await findBatchFor(deps, params.id, principal, 'manage');
      const [row] = await sql<{ voided: number }[]>`
        with v as (
          update stamps set voided_at = ${clock()}, void_reason = ${body.reason}
          where batch_id = ${batch.id} and seq between ${body.fromSeq} and ${body.toSeq} and voided_at is null
          returning 1)
        select count(*)::int as voided from v`;
      return c.json({ voided: row?.voided ?? 0 });
    },
  );
}

async function findIssuanceFor(
  deps: RegistryDeps,
  rawId: string | undefined,
  principal: Parameters<typeof findProductFor>[2],
) {
  const id = parseUuid(rawId);
  const issuance = await deps.db.query.stampIssuances.findFirst({ where: eq(stampIssuances.id, id) });
  if (!issuance) throw notFound('The issuance');
  const batch = await deps.db.query.batches.findFirst({ where: eq(batches.id, issuance.batchId) });
  await findProductFor(deps, batch?.productId, principal, 'read').catch(() => {
    throw notFound('The issuance');
  });
  return issuance;
}
