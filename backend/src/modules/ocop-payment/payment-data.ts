import { MedusaError } from '@medusajs/framework/utils';

export type PaymentData = Record<string, unknown>;

export const dataOf = (data: PaymentData | undefined): PaymentData => ({ ...(data ?? {}) });

/** Each order's payment carries its reference (`OCOP…-n`), the note a transfer must bear. */
export function referenceOf(data: PaymentData | undefined): string {
  const reference = data?.reference;
  if (typeof reference !== 'string' || reference.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A payment needs its order's reference.");
  }
  return reference;
}

/** The data after another refund of `amount` đồng, every refund kept with its time. */
export function refunded(data: PaymentData | undefined, amount: number): PaymentData {
  const d = dataOf(data);
  const earlier = Array.isArray(d.refunds) ? (d.refunds as unknown[]) : [];
  return { ...d, refunds: [...earlier, { amount, at: new Date().toISOString() }] };
}
