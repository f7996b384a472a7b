import { z } from 'zod';
import { auth, store } from './medusa.server';
import type { StoreSession } from './session.server';

export const SignInForm = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(8).max(200),
});

export const RegisterForm = SignInForm.extend({
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .transform((s) => s.normalize('NFC')),
});

/** Signs in with Medusa's email-password provider and keeps the token in the session. */
export async function signIn(
  session: StoreSession,
  email: string,
  password: string,
  clientAddress?: string | null,
): Promise<void> {
  const { token } = await auth('/auth/customer/emailpass', { email, password }, clientAddress);
  const { customer } = await store<{
    customer: { email: string; first_name: string | null; last_name: string | null };
  }>('/store/customers/me', { token });
  session.set('token', token);
  session.set('customer', {
    email: customer.email,
    name: [customer.last_name, customer.first_name].filter(Boolean).join(' ') || customer.email,
  });
}

/** A new customer: the auth identity, then the customer record, then a normal sign-in. */
export async function register(
  session: StoreSession,
  form: z.infer<typeof RegisterForm>,
  clientAddress?: string | null,
): Promise<void> {
  const { token } = await auth(
    '/auth/customer/emailpass/register',
    { email: form.email, password: form.password },
    clientAddress,
  );
  const parts = form.name.split(/\s+/);
  const first = parts.pop() ?? form.name;
  await store('/store/customers', {
    body: { email: form.email, first_name: first, last_name: parts.join(' ') || null },
    token,
  });
  await signIn(session, form.email, form.password, clientAddress);
}

export interface CustomerOrder {
  id: string;
  display_id: number;
  status: string;
  fulfillment_status: string;
  payment_status: string;
  total: number;
  created_at: string;
  items: { id: string; product_title: string; quantity: number; thumbnail: string | null }[];
  metadata: { ocop_reference?: string; payment_method?: string } | null;
}

export async function customerOrders(token: string): Promise<CustomerOrder[]> {
  const { orders } = await store<{ orders: CustomerOrder[] }>('/store/orders', {
    token,
    query: {
      fields:
        'id,display_id,status,fulfillment_status,payment_status,total,created_at,metadata,items.id,items.product_title,items.quantity,items.thumbnail',
      order: '-created_at',
      limit: 50,
    },
  });
  return orders.map((o) => ({ ...o, total: Number(o.total) }));
}
