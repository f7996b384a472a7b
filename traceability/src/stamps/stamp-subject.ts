import { gtinPrimaryKey, productCodePrimaryKey } from '@ocop/domain';

/** What a stamp URL names: a GTIN-14 (`/01/`), else the product code (`/ocop/`). */
export interface StampSubject {
  gtin: string | null;
  code: string;
}

/**
 * What new stamps and batch codes of a product name (decision 017): the producer's own GTIN,
 * else the one the platform gave it, else its code. A print run records its choice, so stamps
 * already issued keep theirs when the product gains a GTIN.
 */
export function stampSubjectOf(product: {
  gtin: string | null;
  platformGtin: string | null;
  code: string;
}): StampSubject {
  return { gtin: product.gtin ?? product.platformGtin, code: product.code };
}

/** The key a stamp's serial signs (its MAC input): the GTIN it was printed under, else the code. */
export function primaryKeyOf(subject: StampSubject): string {
  return subject.gtin ? gtinPrimaryKey(subject.gtin) : productCodePrimaryKey(subject.code);
}
