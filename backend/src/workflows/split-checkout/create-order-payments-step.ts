import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { OCOP_PAYMENT_PROVIDERS } from '../../lib/payments/order-payment';

export interface OrderPaymentInput {
  order_id: string;
  method: 'cod' | 'vietqr';
  /** Integer đồng: the order's own total. */
  amount: number;
  reference: string;
}

interface Created {
  order_id: string;
  payment_collection_id: string;
  payment_id: string | null;
}

/**
 * Each producer's order gets its own payment collection and session in Medusa's Payment
 * Module: cash on delivery is authorised at once (the shopper pays the carrier; captured on
 * delivery), a VietQR session waits for the operator to confirm the transfer. Compensation
 * cancels what was authorised and deletes the collections.
 */
export const createOrderPaymentsStep = createStep(
  'create-ocop-order-payments',
  async (orders: OrderPaymentInput[], { container }) => {
    const payments = container.resolve(Modules.PAYMENT);
    const created: Created[] = [];
    try {
      for (const o of orders) {
        const [collection] = await payments.createPaymentCollections([
          { currency_code: 'vnd', amount: o.amount, metadata: { ocop_reference: o.reference } },
        ]);
        if (!collection) throw new Error(`No payment collection was made for ${o.reference}.`);
        const entry: Created = {
          order_id: o.order_id,
          payment_collection_id: collection.id,
          payment_id: null,
        };
        created.push(entry);
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: OCOP_PAYMENT_PROVIDERS[o.method],
          currency_code: 'vnd',
          amount: o.amount,
          data: { reference: o.reference },
        });
        if (o.method === 'cod') {
          const payment = await payments.authorizePaymentSession(session.id, {});
          entry.payment_id = payment?.id ?? null;
        }
      }
    } catch (error) {
      await undo(container, created);
      throw error;
    }
    return new StepResponse(created, created);
  },
  async (created, { container }) => {
    if (created?.length) await undo(container, created);
  },
);

async function undo(container: MedusaContainer, created: Created[]) {
  const payments = container.resolve(Modules.PAYMENT);
  for (const c of created) if (c.payment_id) await payments.cancelPayment(c.payment_id);
  if (created.length) await payments.deletePaymentCollections(created.map((c) => c.payment_collection_id));
}
