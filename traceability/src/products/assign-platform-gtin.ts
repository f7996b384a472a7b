import { findProductGroup, gtinFromCompanyPrefix, itemReferenceCapacity, toGtin14 } from '@ocop/domain';
import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformGtinCounters, products } from '../db/schema';
import { AppError, notFound } from '../http/app-error';

type ProductRow = typeof products.$inferSelect;

export interface PlatformGtinAssignment {
  product: ProductRow;
  /** false: the product had been given its platform GTIN before, and keeps it. */
  assigned: boolean;
}

/**
 * Gives a product without a GTIN the next one under the platform's GS1 company prefix (decision
 * 017), or the one it was given before. The product's row is locked first, so asking twice for one
 * product gives it one GTIN; the prefix's counter row is advanced in the same transaction, so two
 * products never get the same one and a request that fails gives nothing out.
 */
export async function assignPlatformGtin(
  productId: string,
  deps: { db: Db; companyPrefix: string | null },
): Promise<PlatformGtinAssignment> {
  const { companyPrefix } = deps;
  return deps.db.transaction(async (tx) => {
    const [product] = await tx.select().from(products).where(eq(products.id, productId)).for('update');
    if (!product) throw notFound('The product');
    if (product.platformGtin) return { product, assigned: false };
    if (product.gtin) {
      throw new AppError(
        'product_has_gtin',
        `The product has its own GTIN ${product.gtin}; its stamps carry that one, not the platform's.`,
      );
    }
    if (findProductGroup(product.productGroup)?.stampable === false) {
      throw new AppError('not_a_trade_item', 'Tourism services are not trade items and get no GTIN.');
    }
    if (!companyPrefix) {
      throw new AppError(
        'gtin_prefix_not_configured',
        'This registry gives no GTINs (GS1_COMPANY_PREFIX is not set); stamps stay under /ocop/.',
      );
    }
    const capacity = itemReferenceCapacity(companyPrefix);
    for (;;) {
      const [counter] = await tx
        .insert(platformGtinCounters)
        .values({ companyPrefix, nextItemReference: 1 })
        .onConflictDoUpdate({
          target: platformGtinCounters.companyPrefix,
          set: { nextItemReference: sql`${platformGtinCounters.nextItemReference} + 1` },
        })
        .returning({ next: platformGtinCounters.nextItemReference });
      const itemReference = (counter?.next ?? 0) - 1;
      if (itemReference >= capacity) {
        throw new AppError(
          'platform_gtins_exhausted',
          `All ${capacity} GTINs under the platform's prefix ${companyPrefix} are given out, and GTINs are never reused.`,
        );
      }
      const gtin = toGtin14(gtinFromCompanyPrefix(companyPrefix, itemReference));
      // A GTIN an official bound under this prefix before it was the platform's: skip the number.
      const [taken] = await tx
        .select({ id: products.id })
        .from(products)
        .where(or(eq(products.gtin, gtin), eq(products.platformGtin, gtin)))
        .limit(1);
      if (taken) continue;
      const [updated] = await tx
        .update(products)
        .set({ platformGtin: gtin })
        .where(eq(products.id, product.id))
        .returning();
      if (!updated) throw new Error('platform GTIN update returned nothing');
      return { product: updated, assigned: true };
    }
  });
}
