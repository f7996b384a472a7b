import { z } from '@medusajs/framework/zod';

const nfc = (s: string) => s.normalize('NFC').trim();

export const RegisterSellerSchema = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens')
      .max(60),
    name: z.string().min(2).max(120).transform(nfc),
    story: z.string().max(5000).transform(nfc).nullish(),
    logo_url: z.string().url().nullish(),
    contact_phone: z
      .string()
      .regex(/^\+?[0-9 ]{8,15}$/, 'a phone number')
      .nullish(),
    registry_producer_id: z.string().uuid(),
    member_name: z.string().min(2).max(120).transform(nfc).nullish(),
  })
  .strict();
export type RegisterSellerBody = z.infer<typeof RegisterSellerSchema>;
