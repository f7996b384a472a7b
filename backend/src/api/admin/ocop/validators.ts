import { z } from '@medusajs/framework/zod';

export const ConfirmTransferSchema = z
  .object({
    /** The transfer note's order reference, e.g. OCOP7K2M9Q-1. */
    reference: z.string().min(8).max(40),
    /** Integer đồng credited, as the bank statement says. */
    amount: z.number().int().positive().max(10_000_000_000),
    bank_transaction_id: z.string().min(1).max(100).nullish(),
  })
  .strict();
export type ConfirmTransferBody = z.infer<typeof ConfirmTransferSchema>;
