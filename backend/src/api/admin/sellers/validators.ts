import { z } from '@medusajs/framework/zod';
import { BINDING_ACTIONS, SELLER_STATUSES } from '../../../modules/seller/seller-status';

const nfc = (s: string) => s.normalize('NFC').trim();

export const SellerBindingSchema = z
  .object({
    action: z.enum(BINDING_ACTIONS),
    reason: z.string().max(1000).transform(nfc).nullish(),
  })
  .strict();
export type SellerBindingBody = z.infer<typeof SellerBindingSchema>;

export const AdminSellerListQuerySchema = z.object({
  status: z.enum(SELLER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
