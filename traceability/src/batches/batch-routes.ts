import { buildStampPath, findProductGroup, isV2BatchCode, serialVersion } from '@ocop/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../db/is-unique-violation';
import { batches, type products } from '../db/schema';
import { BatchView } from '../http/api-views';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { parseUuid } from '../producers/producer-routes';
import { findProductFor } from '../products/product-routes';
import { QrQuery, qrHeaders, renderQrSvg } from '../stamps/render-qr-svg';
import { type StampSubject, stampSubjectOf } from '../stamps/stamp-subject';

const BatchInput = z.object({
  // New batches only (decision 016): codes that fit a v2 stamp's upper-case QR. Older batches keep
  // their codes, and their v1 stamps.
  code: z.string().refine(isV2BatchCode, '1–14 characters of A–Z, 0–9, "." or "-" (not only dots)'),
  producedAt: z.coerce.date(),
  bestBefore: z.iso.date().nullable().optional(),
  quantity: z.number().int().positive().max(100_000_000),
  rawMaterialOrigin: z.string().max(500).nullable().optional(),
  standards: z.array(z.string().min(2).max(60)).max(20).default([]),
});

type ProductRow = typeof products.$inferSelect;
type BatchRow = typeof batches.$inferSelect;

export function stampUrl(
  baseUrl: string,
  subject: StampSubject,
  batch: Pick<BatchRow, 'code'>,
  serial?: string,
) {
  const path = buildStampPath({ gtin: subject.gtin, productCode: subject.code, batch: batch.code, serial });
  // A v2 stamp's URL is upper case from end to end, for QR alphanumeric mode (decision 016);
  // scheme and host are case-insensitive, a path under the base URL is not.
  if (serial === undefined || serialVersion(serial) !== 2) return `${baseUrl}${path}`;
  const base = new URL(baseUrl);
  return `${base.origin.toUpperCase()}${base.pathname.replace(/\/$/, '')}${path}`;
}

export function registerBatchRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db, config } = deps;
  const view = (product: ProductRow, b: BatchRow) => ({
    ...b,
    batchStampUrl: stampUrl(config.publicBaseUrl, stampSubjectOf(product), b),
  });

  routes.add(
    {
      method: 'post',
      path: '/v1/products/:productId/batches',
      summary: "Record a production batch (the producer's own products)",
      tag: 'batches',
      auth: 'signed-in',
      body: BatchInput,
      responses: {
        201: { description: 'Recorded', schema: BatchView },
        409: { description: 'Code used, or not stampable' },
      },
    },
    async ({ c, body, params, principal }) => {
      const product = await findProductFor(deps, params.productId, principal, 'manage');
      if (findProductGroup(product.productGroup)?.stampable === false) {
        throw new AppError(
          'batch_not_stampable',
          'Tourism services are OCOP products without batches or stamps.',
        );
      }
      if (body.bestBefore && new Date(body.bestBefore) < body.producedAt) {
        throw new AppError('validation_failed', 'bestBefore cannot be before producedAt.');
      }
      try {
        const [row] = await db
          .insert(batches)
          .values({ ...body, productId: product.id, bestBefore: body.bestBefore ?? null })
          .returning();
        if (!row) throw new Error('batch insert returned nothing');
        return c.json(view(product, row), 201);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', `Batch ${body.code} already exists for this product.`);
        }
        throw error;
      }
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/products/:productId/batches',
      summary: "A product's batches",
      tag: 'batches',
      auth: 'signed-in',
      responses: { 200: { description: 'Batches', schema: z.object({ batches: z.array(BatchView) }) } },
    },
    async ({ c, params, principal }) => {
      const product = await findProductFor(deps, params.productId, principal, 'read');
      const rows = await db
        .select()
        .from(batches)
        .where(eq(batches.productId, product.id))
        .orderBy(asc(batches.producedAt));
      return c.json({ batches: rows.map((b) => view(product, b)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id',
      summary: 'One batch with its stamp and scan counts',
      tag: 'batches',
      auth: 'signed-in',
      responses: { 200: { description: 'Batch' } },
    },
    async ({ c, params, principal }) => {
      const { product, batch } = await findBatchFor(deps, params.id, principal, 'read');
      const [stats] = await db.execute<{
        issued: number;
        voided: number;
        scanned: number;
        suspicious: number;
      }>(sql`
        select count(*)::int as issued, count(voided_at)::int as voided,
               count(first_scan_at)::int as scanned, count(suspicious_at)::int as suspicious
        from stamps where batch_id = ${batch.id}`);
      return c.json({ ...view(product, batch), stamps: stats });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id/qr.svg',
      summary: 'The batch-level QR code (proves the batch, not a unit) as SVG',
      tag: 'batches',
      auth: 'signed-in',
      query: QrQuery,
      responses: { 200: { description: 'image/svg+xml' } },
    },
    async ({ c, params, query, principal }) => {
      const { product, batch } = await findBatchFor(deps, params.id, principal, 'read');
      const qr = await renderQrSvg(
        stampUrl(config.publicBaseUrl, stampSubjectOf(product), batch),
        query.module_mm,
      );
      return c.body(qr.svg, 200, qrHeaders(qr));
    },
  );
}

export async function findBatchFor(
  deps: Pick<RegistryDeps, 'db'>,
  rawId: string | undefined,
  principal: Parameters<typeof findProductFor>[2],
  access: 'read' | 'manage',
) {
  const id = parseUuid(rawId);
  const batch = await deps.db.query.batches.findFirst({ where: eq(batches.id, id) });
  if (!batch) throw notFound('The batch');
  const product = await findProductFor(deps, batch.productId, principal, access).catch((error) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('The batch') : error;
  });
  return { product, batch };
}
