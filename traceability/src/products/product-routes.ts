import { randomInt } from 'node:crypto';
import {
  findProductGroup,
  isProductGroupCode,
  isUnderCompanyPrefix,
  isValidGtin,
  toGtin14,
} from '@ocop/domain';
import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { assertCanManageProducer, assertCanReadProducer, producerScope } from '../auth/policy';
import { currentCertificateView, currentCertificateViews } from '../certificates/current-certificate';
import { isUniqueViolation } from '../db/is-unique-violation';
import { producers, products } from '../db/schema';
import { ProductView } from '../http/api-views';
import { AppError, notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { parseUuid } from '../producers/producer-routes';
import { assignPlatformGtin } from './assign-platform-gtin';

const ProductInput = z.object({
  name: z
    .string()
    .min(2)
    .max(200)
    .transform((s) => s.normalize('NFC').trim()),
  group: z.string().refine(isProductGroupCode, 'one of the 17 OCOP product groups'),
  gtin: z
    .string()
    .refine(isValidGtin, 'a GTIN-8/12/13/14 with a valid check digit')
    .transform(toGtin14)
    .nullable()
    .optional(),
  /** The trademark on the pack (Circular 02 "nhãn hiệu"). */
  brand: z
    .string()
    .min(1)
    .max(120)
    .transform((s) => s.normalize('NFC').trim())
    .nullable()
    .optional(),
  imageUrl: z.string().url().nullable().optional(),
  description: z.string().max(5000).nullable().optional(),
});

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newProductCode = () => Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(32)]).join('');

export function registerProductRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  const { db } = deps;

  routes.add(
    {
      method: 'post',
      path: '/v1/producers/:producerId/products',
      summary: "Register a product of a producer (the producer's seller, or an issuing official)",
      tag: 'products',
      auth: 'signed-in',
      body: ProductInput,
      responses: { 201: { description: 'Registered', schema: ProductView.omit({ certificate: true }) } },
    },
    async ({ c, body, params, principal }) => {
      const producerId = parseUuid(params.producerId);
      const producer = await db.query.producers.findFirst({ where: eq(producers.id, producerId) });
      if (!producer) throw notFound('The producer');
      assertCanManageProducer(principal, producer, 'The producer');
      if (body.gtin && principal.kind === 'seller') {
        // A GTIN belongs to a GS1 member company: an official binds it after checking the dossier.
        throw new AppError('forbidden', 'Only an official can bind a GTIN to a product.');
      }
      const group = findProductGroup(body.group);
      if (body.gtin) await assertOwnGtinIsFree(deps, body.gtin);
      for (let attempt = 0; ; attempt++) {
        try {
          const [row] = await db
            .insert(products)
            .values({
              producerId,
              code: newProductCode(),
              name: body.name,
              sector: group?.sector ?? 'food',
              productGroup: body.group,
              gtin: body.gtin ?? null,
              brand: body.brand ?? null,
              imageUrl: body.imageUrl ?? null,
              description: body.description ?? null,
            })
            .returning();
          return c.json(row, 201);
        } catch (error) {
          // Only the random product code can collide here; try another.
          if (!isUniqueViolation(error) || attempt > 3) throw error;
        }
      }
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/products/:id/platform-gtin',
      summary:
        "Give a product without a GTIN one from the platform's GS1 company prefix (decision 017; the producer's seller or an issuing official); asked again, the same one",
      tag: 'products',
      auth: 'signed-in',
      responses: {
        201: {
          description: 'Assigned: the product with its platformGtin',
          schema: ProductView.omit({ certificate: true }),
        },
        200: {
          description: 'Assigned before: the product with the same platformGtin',
          schema: ProductView.omit({ certificate: true }),
        },
        409: {
          description:
            'product_has_gtin, not_a_trade_item, gtin_prefix_not_configured or platform_gtins_exhausted',
        },
      },
    },
    async ({ c, params, principal }) => {
      const product = await findProductFor(deps, params.id, principal, 'manage');
      const { product: updated, assigned } = await assignPlatformGtin(product.id, {
        db,
        companyPrefix: deps.config.gs1CompanyPrefix,
      });
      return c.json(updated, assigned ? 201 : 200);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/products',
      summary: 'List products with their current certificate (a seller sees only its own)',
      tag: 'products',
      auth: 'signed-in',
      query: z.object({ producerId: z.string().uuid().optional() }),
      responses: { 200: { description: 'Products', schema: z.object({ products: z.array(ProductView) }) } },
    },
    async ({ c, query, principal }) => {
      const own = producerScope(principal);
      const where: SQL[] = [];
      if (own) where.push(eq(products.producerId, own));
      if (query.producerId) where.push(eq(products.producerId, query.producerId));
      const rows = await db
        .select()
        .from(products)
        .where(and(...where))
        .orderBy(asc(products.name))
        .limit(1000);
      const certificatesByProduct = await currentCertificateViews(
        db,
        rows.map((p) => p.id),
        deps.clock(),
      );
      return c.json({
        products: rows.map((p) => ({ ...p, certificate: certificatesByProduct.get(p.id) ?? null })),
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/products/:id',
      summary: 'One product with its current certificate',
      tag: 'products',
      auth: 'signed-in',
      responses: { 200: { description: 'Product', schema: ProductView }, 404: { description: 'Not found' } },
    },
    async ({ c, params, principal }) => {
      const product = await findProductFor(deps, params.id, principal, 'read');
      return c.json({ ...product, certificate: await currentCertificateView(db, product.id, deps.clock()) });
    },
  );
}

/**
 * A producer's own GTIN is one no product holds as its own or platform GTIN, and not one under the
 * platform's prefix: those are the platform's to give (decision 017).
 */
async function assertOwnGtinIsFree({ db, config }: Pick<RegistryDeps, 'db' | 'config'>, gtin: string) {
  const prefix = config.gs1CompanyPrefix;
  if (prefix && isUnderCompanyPrefix(gtin, prefix)) {
    throw new AppError(
      'conflict',
      `GTIN ${gtin} is under the platform's own GS1 company prefix ${prefix}; only the platform gives those.`,
    );
  }
  const holder = await db.query.products.findFirst({
    where: or(eq(products.gtin, gtin), eq(products.platformGtin, gtin)),
  });
  if (holder) throw new AppError('conflict', `GTIN ${gtin} is registered to another product.`);
}

/** Loads a product and applies the producer rule; used by every route below a product. */
export async function findProductFor(
  { db }: Pick<RegistryDeps, 'db'>,
  rawId: string | undefined,
  principal: Parameters<typeof assertCanReadProducer>[0],
  access: 'read' | 'manage',
) {
  const id = parseUuid(rawId);
  const product = await db.query.products.findFirst({ where: eq(products.id, id) });
  if (!product) throw notFound('The product');
  if (access === 'read') {
    assertCanReadProducer(principal, product.producerId, 'The product');
    return product;
  }
  const producer = await db.query.producers.findFirst({ where: eq(producers.id, product.producerId) });
  if (!producer) throw notFound('The product');
  assertCanManageProducer(principal, producer, 'The product');
  return product;
}
