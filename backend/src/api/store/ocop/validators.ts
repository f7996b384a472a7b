import { z } from '@medusajs/framework/zod';

const list = (schema: z.ZodTypeAny) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')),
    z.array(schema),
  );

export const StoreListingQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  stars: list(z.coerce.number().int().min(3).max(5)).optional(),
  sector: z.string().max(60).optional(),
  product_group: z.string().max(60).optional(),
  province: z.string().max(80).optional(),
  commune: z.string().max(120).optional(),
  seller: z.string().max(100).optional(),
  min_price: z.coerce.number().int().min(0).optional(),
  max_price: z.coerce.number().int().min(0).optional(),
  sort: z.enum(['newest', 'price_asc', 'price_desc', 'stars']).default('newest'),
});

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
