import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';
import { createPaymentSessionsWorkflow } from '@medusajs/medusa/core-flows';
import { cardPaymentProvider } from '../../../../../../lib/payments/card-payment';
import { prepareSplitOrders } from '../../../../../../workflows/split-checkout/prepare-split-orders-step';
import type { CardPaymentBody } from '../../../validators';

/**
 * Starts (or reuses) the card payment for a cart: one payment for all its producers' orders,
 * for the total with each producer's delivery. The storefront confirms it with Stripe Elements
 * (the session's client secret), then checks out with payment_method "card". The payment is
 * deliberately not linked to the cart, so Medusa's payment webhook never completes the cart
 * into a single order behind the split checkout's back.
 */
export const POST = async (req: MedusaRequest<CardPaymentBody>, res: MedusaResponse) => {
  const prepared = await prepareSplitOrders(req.scope, {
    cart_id: req.params.id as string,
    shipping: req.validatedBody.shipping,
    payment_method: 'card',
  });
  const provider = cardPaymentProvider() as string;
  const payments = req.scope.resolve(Modules.PAYMENT);
  const existingId = (prepared.cart.metadata as { ocop_payment_collection_id?: string } | null)
    ?.ocop_payment_collection_id;
  const [existing] = existingId
    ? await payments.listPaymentCollections({ id: existingId }, { relations: ['payment_sessions'] })
    : [];
  const reusable =
    existing && Number(existing.amount) === prepared.total
      ? existing.payment_sessions?.find((s) => s.provider_id === provider)
      : undefined;
  if (existing && reusable) {
    res.json({ payment_collection: { id: existing.id, amount: prepared.total }, payment_session: reusable });
    return;
  }
  const collection = await payments.createPaymentCollections({
    currency_code: 'vnd',
    amount: prepared.total,
  });
  const { result: session } = await createPaymentSessionsWorkflow(req.scope).run({
    input: {
      payment_collection_id: collection.id,
      provider_id: provider,
      customer_id: prepared.cart.customer_id ?? undefined,
      data: {},
      context: {},
    },
  });
  await req.scope.resolve(Modules.CART).updateCarts(prepared.cart.id, {
    metadata: { ...(prepared.cart.metadata ?? {}), ocop_payment_collection_id: collection.id },
  });
  res.status(201).json({
    payment_collection: { id: collection.id, amount: prepared.total },
    payment_session: {
      id: session.id,
      provider_id: session.provider_id,
      status: session.status,
      data: session.data,
    },
  });
};
