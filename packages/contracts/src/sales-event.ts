import { z } from 'zod';

export const SALES_CHANNELS = ['marketplace', 'showroom', 'supermarket', 'livestream', 'other'] as const;
export const SalesChannelSchema = z.enum(SALES_CHANNELS);

/**
 * One line of the sales ledger. Quantity and amount are always positive here; the kind says
 * whether it adds (sale) or compensates (return, cancellation).
 */
export const SalesEventSchema = z
  .object({
    eventId: z.string().min(8).max(200),
    kind: z.enum(['sale', 'return', 'cancellation']).default('sale'),
    productId: z.string().uuid(),
    producerId: z.string().uuid(),
    channel: SalesChannelSchema,
    quantity: z.number().int().positive().max(1_000_000),
    /** Integer đồng: VND has no minor unit. */
    amountVnd: z.number().int().nonnegative().max(1e13),
    occurredAt: z.string().datetime({ offset: true }),
    orderRef: z.string().max(200).nullable().optional(),
    /** For returns and cancellations: the sale they undo. */
    compensatesEventId: z.string().max(200).nullable().optional(),
  })
  .refine((e) => e.kind === 'sale' || e.compensatesEventId, {
    message: 'A return or cancellation must name the sale it compensates (compensatesEventId).',
    path: ['compensatesEventId'],
  });
export type SalesEventInput = z.input<typeof SalesEventSchema>;
export type SalesEvent = z.output<typeof SalesEventSchema>;
