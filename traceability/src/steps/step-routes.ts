import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { findBatchFor, stampUrl } from '../batches/batch-routes';
import { isUniqueViolation } from '../db/is-unique-violation';
import { productionSteps } from '../db/schema';
import { StepView } from '../http/api-views';
import { AppError } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { stampSubjectOf } from '../stamps/stamp-subject';
import { buildEpcisDocument } from './build-epcis-document';
import { PRODUCTION_STAGES } from './production-stages';

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

const StepInput = z.object({
  stage: z.enum(PRODUCTION_STAGES),
  occurredAt: z.coerce.date(),
  place: text(200),
  inputs: z.array(text(200)).max(20).default([]),
  note: text(1000).nullable().optional(),
});

const EARLIEST = new Date('2000-01-01T00:00:00Z');

export function registerStepRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db } = deps;

  routes.add(
    {
      method: 'post',
      path: '/v1/batches/:id/steps',
      summary: "Record a production step of a batch (the producer's own batches)",
      tag: 'batches',
      auth: 'signed-in',
      body: StepInput,
      responses: { 201: { description: 'Recorded', schema: StepView } },
    },
    async ({ c, body, params, principal }) => {
      const { batch } = await findBatchFor(deps, params.id, principal, 'manage');
      const latest = new Date(deps.clock().getTime() + 24 * 60 * 60 * 1000);
      if (body.occurredAt < EARLIEST || body.occurredAt > latest) {
        throw new AppError('validation_failed', 'occurredAt must be between 2000 and tomorrow.');
      }
      const createdBy =
        principal.kind === 'anonymous' ? 'anonymous' : `${principal.kind}:${principal.actorId}`;
      for (let attempt = 0; ; attempt++) {
        try {
          // The next position, taken in the insert itself; two concurrent steps collide on the
          // unique index and the loser takes the one after.
          const [row] = await db
            .insert(productionSteps)
            .values({
              batchId: batch.id,
              position: sqlNextPosition(batch.id),
              stage: body.stage,
              occurredAt: body.occurredAt,
              place: body.place,
              inputs: body.inputs,
              note: body.note ?? null,
              createdBy,
            })
            .returning();
          return c.json(row, 201);
        } catch (error) {
          if (!isUniqueViolation(error) || attempt > 5) throw error;
        }
      }
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id/steps',
      summary: "A batch's production steps, in order",
      tag: 'batches',
      auth: 'signed-in',
      responses: { 200: { description: 'Steps', schema: z.object({ steps: z.array(StepView) }) } },
    },
    async ({ c, params, principal }) => {
      const { batch } = await findBatchFor(deps, params.id, principal, 'read');
      const steps = await db
        .select()
        .from(productionSteps)
        .where(eq(productionSteps.batchId, batch.id))
        .orderBy(asc(productionSteps.position));
      return c.json({ steps });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id/epcis',
      summary: "The batch's events as an EPCIS 2.0 JSON-LD document (producer, officials)",
      tag: 'batches',
      auth: 'signed-in',
      responses: { 200: { description: 'application/ld+json' } },
    },
    async ({ c, params, principal }) => {
      const { product, batch } = await findBatchFor(deps, params.id, principal, 'read');
      const steps = await db
        .select()
        .from(productionSteps)
        .where(eq(productionSteps.batchId, batch.id))
        .orderBy(asc(productionSteps.position));
      const [stamps] = await deps.sql<{ issued: number; first_issued_at: Date | null }[]>`
        select count(*)::int as issued, min(i.finished_at) as first_issued_at
        from stamps s join stamp_issuances i on i.id = s.issuance_id
        where s.batch_id = ${batch.id}`;
      const doc = buildEpcisDocument({
        now: deps.clock(),
        baseUrl: deps.config.publicBaseUrl,
        batchClass: stampUrl(deps.config.publicBaseUrl, stampSubjectOf(product), batch),
        batch,
        steps,
        stampsIssued: stamps?.issued ?? 0,
        stampsIssuedAt: stamps?.first_issued_at ?? null,
      });
      return c.body(JSON.stringify(doc), 200, { 'content-type': 'application/ld+json; charset=utf-8' });
    },
  );
}

function sqlNextPosition(batchId: string) {
  return sql<number>`(select coalesce(max(position), -1) + 1 from production_steps where batch_id = ${batchId})`;
}
