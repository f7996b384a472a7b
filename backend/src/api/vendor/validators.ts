import { z } from '@medusajs/framework/zod';
import { HANDLE_PATTERN, PROVINCE_NAMES, resolveCommune } from '@ocop/domain';
import { webUrl } from '../../lib/catalog/image-url';

const nfc = (s: string) => s.normalize('NFC').trim();

/** A producer not yet in the registry: the claim is its first evaluation there. */
const NewProducerSchema = z
  .object({
    legal_name: z.string().min(2).max(200).transform(nfc),
    kind: z.enum(['cooperative', 'cooperative_group', 'enterprise', 'household_business']),
    province: z.enum(PROVINCE_NAMES as [string, ...string[]]),
    /** By name as typed ("chau doc"), by its five-digit code, or both; the registry stores both. */
    commune: z.string().min(2).max(100).transform(nfc).optional(),
    commune_code: z
      .string()
      .regex(/^\d{5}$/, 'a five-digit commune code')
      .optional(),
    address_line: z.string().max(300).transform(nfc).nullish(),
    registration_number: z
      .string()
      .regex(/^[0-9A-Za-z-]{5,20}$/, 'a tax or registration number')
      .nullish(),
  })
  .strict()
  .superRefine((p, ctx) => {
    // The communes of 1 July 2025 (communes-2025.json), checked here so a wrong one costs nothing.
    const found = resolveCommune({ province: p.province, name: p.commune, code: p.commune_code });
    if (!found.ok) ctx.addIssue({ code: 'custom', path: ['commune'], message: found.message });
  });

/** The shop claims an existing registry producer or brings a new one, never both. */
export const RegisterSellerSchema = z
  .object({
    handle: z.string().regex(HANDLE_PATTERN, 'lower-case letters, digits and single hyphens').max(60),
    name: z.string().min(2).max(120).transform(nfc),
    story: z.string().max(5000).transform(nfc).nullish(),
    logo_url: webUrl.nullish(),
    contact_phone: z
      .string()
      .regex(/^\+?[0-9 ]{8,15}$/, 'a phone number')
      .nullish(),
    registry_producer_id: z.string().uuid().optional(),
    new_producer: NewProducerSchema.optional(),
    member_name: z.string().min(2).max(120).transform(nfc).nullish(),
  })
  .strict()
  .refine((b) => (b.registry_producer_id === undefined) !== (b.new_producer === undefined), {
    message: 'name either registry_producer_id or new_producer',
    path: ['registry_producer_id'],
  });
export type RegisterSellerBody = z.infer<typeof RegisterSellerSchema>;

/** Integer đồng: VND has no minor unit. */
const vnd = z.number().int('VND prices are whole đồng').positive().max(1_000_000_000);
const handle = z.string().regex(HANDLE_PATTERN, 'lower-case letters, digits and single hyphens').max(100);

export const VendorVariantSchema = z
  .object({
    title: z.string().min(1).max(120).transform(nfc),
    sku: z.string().max(64).nullish(),
    price: vnd,
    inventory_quantity: z.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export const CreateVendorProductSchema = z
  .object({
    title: z.string().min(2).max(200).transform(nfc),
    subtitle: z.string().max(200).transform(nfc).nullish(),
    description: z.string().max(10_000).transform(nfc).nullish(),
    handle: handle.optional(),
    thumbnail: webUrl.nullish(),
    images: z
      .array(z.object({ url: webUrl }).strict())
      .max(12)
      .optional(),
    registry_product_id: z.string().uuid(),
    status: z.enum(['draft', 'published']).default('draft'),
    variants: z
      .array(VendorVariantSchema)
      .min(1)
      .max(20)
      .refine((vs) => new Set(vs.map((v) => v.title)).size === vs.length, 'variant titles must differ'),
  })
  .strict();
export type CreateVendorProductBody = z.infer<typeof CreateVendorProductSchema>;

export const UpdateVendorProductSchema = z
  .object({
    title: z.string().min(2).max(200).transform(nfc).optional(),
    subtitle: z.string().max(200).transform(nfc).nullish(),
    description: z.string().max(10_000).transform(nfc).nullish(),
    thumbnail: webUrl.nullish(),
    images: z
      .array(z.object({ url: webUrl }).strict())
      .max(12)
      .optional(),
    status: z.enum(['draft', 'published']).optional(),
  })
  .strict();
export type UpdateVendorProductBody = z.infer<typeof UpdateVendorProductSchema>;

export const UpdateVendorVariantSchema = z
  .object({
    title: z.string().min(1).max(120).transform(nfc).optional(),
    price: vnd.optional(),
    inventory_quantity: z.number().int().min(0).max(10_000_000).optional(),
  })
  .strict();
export type UpdateVendorVariantBody = z.infer<typeof UpdateVendorVariantSchema>;

export const VendorListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const SellerStatusSchema = z
  .object({
    action: z.enum(['approve', 'reject', 'suspend', 'reinstate', 'close']),
    reason: z.string().max(1000).transform(nfc).nullish(),
  })
  .strict();
export type SellerStatusBody = z.infer<typeof SellerStatusSchema>;

export const ShipOrderSchema = z
  .object({
    tracking_number: z.string().trim().min(4).max(60),
    tracking_url: webUrl.nullish(),
    carrier: z.string().trim().max(60).nullish(),
  })
  .strict();
export type ShipOrderBody = z.infer<typeof ShipOrderSchema>;

export const CancelOrderSchema = z
  .object({ reason: z.string().trim().min(3).max(500).transform(nfc) })
  .strict();
export type CancelOrderBody = z.infer<typeof CancelOrderSchema>;

export const ReturnOrderSchema = z
  .object({
    items: z
      .array(
        z
          .object({ id: z.string().min(1).max(100), quantity: z.number().int().positive().max(100_000) })
          .strict(),
      )
      .min(1)
      .max(100),
    note: z.string().trim().max(500).transform(nfc).nullish(),
  })
  .strict();
export type ReturnOrderBody = z.infer<typeof ReturnOrderSchema>;
