import { PROVINCE_NAMES } from '@ocop/domain/client';
import { z } from 'zod';
import { isUpstream } from './http-error';
import { store } from './medusa.server';

const nfc = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max)
    .transform((s) => s.normalize('NFC'));

/** One placed order as the confirmation page shows it. */
export interface PlacedOrderSummary {
  id: string;
  display_id: number;
  reference: string | null;
  total: number;
  payment_method: string;
  seller: string;
  vietqr: {
    payload: string;
    amount: number;
    note: string;
    bank_bin?: string;
    account_number?: string;
    account_name?: string;
  } | null;
}

/** The checkout form, validated before anything reaches the backend. */
export const CheckoutForm = z.object({
  email: z.string().trim().toLowerCase().email('email').max(200),
  first_name: nfc(80),
  last_name: nfc(80),
  phone: z
    .string()
    .transform((s) => s.replace(/[\s.-]/g, ''))
    .pipe(z.string().regex(/^(?:\+84|0)\d{9}$/, 'phone')),
  address_1: nfc(200),
  province: z.string().refine((p) => PROVINCE_NAMES.includes(p.normalize('NFC')), 'province'),
  commune: nfc(120),
  payment_method: z.enum(['cod', 'vietqr', 'card']),
});
export type CheckoutForm = z.infer<typeof CheckoutForm>;

export interface PaymentMethod {
  id: 'cod' | 'vietqr' | 'card';
  stripe_publishable_key?: string | null;
}

export async function paymentMethods(): Promise<PaymentMethod[]> {
  const { payment_methods } = await store<{ payment_methods: PaymentMethod[] }>(
    '/store/ocop/payment-methods',
  );
  // Card needs Stripe Elements in the browser: without a publishable key it cannot be offered.
  return payment_methods.filter((m) => m.id !== 'card' || Boolean(m.stripe_publishable_key));
}

export async function saveAddress(cartId: string, form: CheckoutForm, token?: string | null): Promise<void> {
  const address = {
    first_name: form.first_name,
    last_name: form.last_name,
    address_1: form.address_1,
    city: form.commune,
    province: form.province,
    country_code: 'vn',
    phone: form.phone,
  };
  await store(`/store/carts/${cartId}`, {
    body: { email: form.email, shipping_address: address, billing_address: address },
    token,
  });
}

interface CheckoutAnswer {
  order_group: { id: string; order_ids: string[] };
  orders: Array<{
    id: string;
    display_id: number;
    reference?: string;
    total: number;
    /** Every order's metadata carries it (the split checkout writes it). */
    payment_method: string;
    vietqr: PlacedOrderSummary['vietqr'];
    seller: { name: string } | null;
  }>;
}

/** One order per producer; calling it again for the same cart answers the same orders. */
export async function placeOrders(
  cartId: string,
  shipping: { seller_id: string; shipping_option_id: string }[],
  method: PaymentMethod['id'],
): Promise<{ group: string; orders: PlacedOrderSummary[] }> {
  const answer = await store<CheckoutAnswer>('/store/ocop/checkout', {
    body: { cart_id: cartId, shipping, payment_method: method },
  });
  return summarize(answer);
}

/** A checkout's orders again, for its confirmation page; null when they are not this cart's. */
export async function placedOrders(
  group: string,
  cartId: string,
): Promise<{ group: string; orders: PlacedOrderSummary[] } | null> {
  try {
    const answer = await store<CheckoutAnswer>(
      `/store/ocop/order-groups/${encodeURIComponent(group)}?cart_id=${encodeURIComponent(cartId)}`,
    );
    return summarize(answer);
  } catch (error) {
    if (isUpstream(error, 404) || isUpstream(error, 400)) return null;
    throw error;
  }
}

function summarize(answer: CheckoutAnswer): { group: string; orders: PlacedOrderSummary[] } {
  return {
    group: answer.order_group.id,
    orders: answer.orders
      .map((o) => ({
        id: o.id,
        display_id: o.display_id,
        reference: o.reference ?? null,
        total: Number(o.total),
        payment_method: o.payment_method,
        seller: o.seller?.name ?? '',
        vietqr: o.vietqr,
      }))
      .sort((a, b) => a.display_id - b.display_id),
  };
}

/** Starts the single card payment for the whole cart (Stripe's client secret for Elements). */
export async function startCardPayment(
  cartId: string,
  shipping: { seller_id: string; shipping_option_id: string }[],
): Promise<{ clientSecret: string | null; amount: number }> {
  const answer = await store<{
    payment_collection: { amount: number };
    payment_session: { data?: { client_secret?: string } };
  }>(`/store/ocop/carts/${cartId}/card-payment`, { body: { shipping } });
  return {
    clientSecret: answer.payment_session.data?.client_secret ?? null,
    amount: Number(answer.payment_collection.amount),
  };
}
