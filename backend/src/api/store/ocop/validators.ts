import { z } from '@medusajs/framework/zod';
import { MAX_STARS, MIN_CERTIFIED_STARS } from '@ocop/domain';

const list = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')),
    z.array(schema),
  );

/** Far above any OCOP product (₫2 billion), below PostgreSQL's integer limit. */
const MAX_PRICE = 2_000_000_000;

export const StoreListingQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  stars: list(z.coerce.number().int().min(MIN_CERTIFIED_STARS).max(MAX_STARS)).optional(),
  sector: z.string().max(60).optional(),
  product_group: z.string().max(60).optional(),
  province: z.string().max(80).optional(),
  commune: z.string().max(120).optional(),
  seller: z.string().max(100).optional(),
  /** The registry's product id: a scanned stamp names it, the verify page links to its offer. */
  registry_product_id: z.string().max(100).optional(),
  /** Integer đồng; bounded so a huge number is a 400, not an overflow in PostgreSQL. */
  min_price: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  max_price: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  /** Full-text search; blank is no search. */
  q: z
    .string()
    .max(200)
    .transform((v) => v.normalize('NFC').trim())
    .optional(),
  /** Counts per filter value for the listing's side panel (costs extra queries: only on request). */
  facets: z
    .enum(['true', '1', 'false', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  /** Default: relevance when searching, else newest. */
  sort: z.enum(['relevance', 'newest', 'price_asc', 'price_desc', 'stars']).optional(),
});
export type StoreListingQuery = z.infer<typeof StoreListingQuerySchema>;

/** A product's or a shop's handle in the path. */
export const HandleParamSchema = z.object({ handle: z.string().min(1).max(200) });

const ShippingChoice = z
  .object({ seller_id: z.string().min(1).max(100), shipping_option_id: z.string().min(1).max(100) })
  .strict();

export const CardPaymentSchema = z.object({ shipping: z.array(ShippingChoice).min(1).max(50) }).strict();
export type CardPaymentBody = z.infer<typeof CardPaymentSchema>;

export const CheckoutSchema = z
  .object({
    cart_id: z.string().min(1).max(100),
    shipping: z
      .array(
        z
          .object({ seller_id: z.string().min(1).max(100), shipping_option_id: z.string().min(1).max(100) })
          .strict(),
      )
      .min(1)
      .max(50),
    payment_method: z.enum(['cod', 'vietqr', 'card']),
  })
  .strict();
export type CheckoutBody = z.infer<typeof CheckoutSchema>;

/** A checkout's orders again: the group and the cart it was made from. */
export const OrderGroupQuerySchema = z
  .object({ id: z.string().min(1).max(100), cart_id: z.string().min(1).max(100) })
  .strict();
