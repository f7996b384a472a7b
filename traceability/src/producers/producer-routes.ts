import { PROVINCE_NAMES } from '@ocop/domain';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { assertCanReadProducer, assertOfficialRole, producerScope } from '../auth/policy';
import { isUniqueViolation } from '../db/is-unique-violation';
import { producers } from '../db/schema';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { CommuneFields, nfc, placeProducer } from './producer-place';

export const ProvinceSchema = z.enum(PROVINCE_NAMES as [string, ...string[]]);

const ProducerInput = z.object({
  legalName: z.string().min(2).max(200).transform(nfc),
  kind: z.enum(['cooperative', 'cooperative_group', 'enterprise', 'household_business']),
  registrationNumber: z.string().regex(/^[0-9A-Za-z-]{5,20}$/, 'a tax or registration number'),
  province: ProvinceSchema,
  ...CommuneFields,
  legacyDistrict: z.string().max(100).transform(nfc).nullable().optional(),
  addressLine: z.string().max(300).transform(nfc).nullable().optional(),
});

const ProducerOutput = z.object({
  id: z.string().uuid(),
  legalName: z.string(),
  kind: z.string(),
  registrationNumber: z.string().nullable(),
  province: z.string(),
  commune: z.string(),
  /** The commune's five-digit code; null only on old records whose name matched no 2025 commune. */
  communeCode: z.string().nullable(),
  legacyDistrict: z.string().nullable(),
  addressLine: z.string().nullable(),
});

export function registerProducerRoutes(routes: RouteRegistry, { db }: RegistryDeps): void {
  routes.add(
    {
      method: 'post',
      path: '/v1/producers',
      summary: 'Register an OCOP producer (officials with the issuer role)',
      tag: 'producers',
      auth: 'signed-in',
      body: ProducerInput,
      responses: { 201: { description: 'Registered', schema: ProducerOutput } },
    },
    async ({ c, body, principal }) => {
      assertOfficialRole(principal, 'issuer', body.province);
      try {
        const [row] = await db
          .insert(producers)
          .values({ ...body, ...placeProducer(body) })
          .returning();
        return c.json(row, 201);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(
            'conflict',
            `A producer with registration number ${body.registrationNumber} exists.`,
          );
        }
        throw error;
      }
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/producers',
      summary: 'List producers (a seller sees only its own)',
      tag: 'producers',
      auth: 'signed-in',
      query: z.object({ province: ProvinceSchema.optional() }),
      responses: {
        200: { description: 'Producers', schema: z.object({ producers: z.array(ProducerOutput) }) },
      },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      const where: SQL[] = [];
      if (own) where.push(eq(producers.id, own));
      if (query.province) where.push(eq(producers.province, query.province));
      const rows = await db
        .select()
        .from(producers)
        .where(and(...where))
        .orderBy(asc(producers.legalName))
        .limit(1000);
      return c.json({ producers: rows });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/producers/:id',
      summary: 'One producer',
      tag: 'producers',
      auth: 'signed-in',
      responses: {
        200: { description: 'Producer', schema: ProducerOutput },
        404: { description: 'Not found' },
      },
    },
    async ({ c, params, principal }) => {
      const id = parseUuid(params.id);
      assertCanReadProducer(principal, id, 'The producer');
      const row = await db.query.producers.findFirst({ where: eq(producers.id, id) });
      if (!row) throw notFound('The producer');
      return c.json(row);
    },
  );
}

/** Path ids are uuids; anything else is simply not found. */
export function parseUuid(value: string | undefined): string {
  if (value && z.string().uuid().safeParse(value).success) return value;
  throw notFound('That resource');
}
