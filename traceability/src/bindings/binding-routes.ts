import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { requireSignedIn } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { producerBindings, producers } from '../db/schema';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { CommuneFields, nfc } from '../producers/producer-place';
import { ProvinceSchema, parseUuid } from '../producers/producer-routes';
import { BINDING_ACTIONS, BINDING_STATUSES } from './binding-transitions';
import { bindingView } from './binding-view';
import { claimBinding } from './claim-binding';
import { decideBinding } from './decide-binding';
import { withdrawBinding } from './withdraw-binding';

/** The backend's seller id (`sel_…`); opaque here. */
const AccountId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'a shop account id');

const NewProducerInput = z
  .object({
    legalName: z.string().min(2).max(200).transform(nfc),
    kind: z.enum(['cooperative', 'cooperative_group', 'enterprise', 'household_business']),
    province: ProvinceSchema,
    ...CommuneFields,
    addressLine: z.string().max(300).transform(nfc).nullish(),
    registrationNumber: z
      .string()
      .regex(/^[0-9A-Za-z-]{5,20}$/, 'a tax or registration number')
      .nullish(),
  })
  .strict();

const ClaimInput = z
  .object({
    accountId: AccountId,
    producerId: z.string().uuid().optional(),
    newProducer: NewProducerInput.optional(),
  })
  .strict()
  .refine((b) => (b.producerId === undefined) !== (b.newProducer === undefined), {
    message: 'name either producerId or newProducer',
    path: ['producerId'],
  });

const DecisionInput = z
  .object({
    action: z.enum(BINDING_ACTIONS),
    reason: z.string().min(1).max(1000).transform(nfc).nullish(),
    decidedBy: z.string().min(1).max(200).nullish(),
  })
  .strict();

const BindingOutput = z.object({
  id: z.string().uuid(),
  accountId: z.string(),
  producerId: z.string().uuid(),
  status: z.enum(BINDING_STATUSES),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const OneBinding = z.object({ binding: BindingOutput });

/**
 * Who may see bindings: the backend all, an official those of its province's producers
 * (national officials all); a shop none, so it cannot learn who else claims its producer.
 */
function bindingScope(p: Principal): { province: string | null } {
  const who = requireSignedIn(p);
  if (who.kind === 'service') return { province: null };
  if (who.kind === 'official') return { province: who.province };
  throw new AppError('forbidden', 'Producer bindings are for officials and the marketplace backend.');
}

export function registerBindingRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db, clock } = deps;

  routes.add(
    {
      method: 'post',
      path: '/v1/producer-bindings',
      summary: 'The backend claims a producer for a shop account (or brings a new producer); always pending',
      tag: 'producer-bindings',
      auth: 'signed-in',
      body: ClaimInput,
      responses: {
        201: { description: 'Claimed: pending until approved', schema: OneBinding },
        200: { description: 'The same claim again: the binding it made', schema: OneBinding },
        409: { description: 'The account already claims another producer' },
      },
    },
    async ({ c, body, principal }) => {
      const claim = body.newProducer
        ? { accountId: body.accountId, newProducer: body.newProducer }
        : { accountId: body.accountId, producerId: body.producerId as string };
      const { created, binding } = await claimBinding(claim, { db, principal, jobs: deps.jobs });
      return c.json({ binding: bindingView(binding) }, created ? 201 : 200);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/producer-bindings',
      summary: 'Producer bindings (officials: of their province; the backend: all)',
      tag: 'producer-bindings',
      auth: 'signed-in',
      query: z.object({
        status: z.enum(BINDING_STATUSES).optional(),
        accountId: AccountId.optional(),
        producerId: z.string().uuid().optional(),
      }),
      responses: {
        200: { description: 'Bindings', schema: z.object({ bindings: z.array(BindingOutput) }) },
      },
    },
    async ({ c, query, principal }) => {
      const scope = bindingScope(principal);
      const where: SQL[] = [];
      if (scope.province) where.push(eq(producers.province, scope.province));
      if (query.status) where.push(eq(producerBindings.status, query.status));
      if (query.accountId) where.push(eq(producerBindings.accountId, query.accountId));
      if (query.producerId) where.push(eq(producerBindings.producerId, query.producerId));
      const rows = await db
        .select({ binding: producerBindings })
        .from(producerBindings)
        .innerJoin(producers, eq(producers.id, producerBindings.producerId))
        .where(and(...where))
        .orderBy(desc(producerBindings.createdAt))
        .limit(500);
      return c.json({ bindings: rows.map((r) => bindingView(r.binding)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/producer-bindings/:id',
      summary: 'One producer binding (same visibility as the list; others: 404)',
      tag: 'producer-bindings',
      auth: 'signed-in',
      responses: { 200: { description: 'Binding', schema: OneBinding }, 404: { description: 'Not found' } },
    },
    async ({ c, params, principal }) => {
      const scope = bindingScope(principal);
      const id = parseUuid(params.id);
      const [found] = await db
        .select({ binding: producerBindings, province: producers.province })
        .from(producerBindings)
        .innerJoin(producers, eq(producers.id, producerBindings.producerId))
        .where(eq(producerBindings.id, id));
      if (!found || (scope.province && scope.province !== found.province)) throw notFound('The binding');
      return c.json({ binding: bindingView(found.binding) });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/producer-bindings/:id/decision',
      summary:
        'Approve, reject, suspend or reinstate (issuing officials of the province, or the backend for the operator)',
      tag: 'producer-bindings',
      auth: 'signed-in',
      body: DecisionInput,
      responses: {
        200: { description: 'Decided', schema: OneBinding },
        409: { description: 'invalid_transition, or producer_already_bound when approving' },
      },
    },
    async ({ c, body, params, principal }) => {
      const row = await decideBinding(parseUuid(params.id), body, { db, clock, principal, jobs: deps.jobs });
      return c.json({ binding: bindingView(row) });
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/v1/producer-bindings/:id',
      summary: 'The backend withdraws a claim while it is pending (registration compensating)',
      tag: 'producer-bindings',
      auth: 'signed-in',
      responses: { 204: { description: 'Withdrawn' }, 409: { description: 'Already decided' } },
    },
    async ({ c, params, principal }) => {
      await withdrawBinding(parseUuid(params.id), { db, principal, jobs: deps.jobs });
      return c.body(null, 204);
    },
  );
}
