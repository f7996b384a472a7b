import { isUpstream } from './http-error';
import { store } from './medusa.server';
import type { StoreSession } from './session.server';

export interface CartLine {
  id: string;
  title: string;
  product_id: string;
  product_title: string;
  product_handle: string;
  variant_id: string;
  variant_title: string | null;
  thumbnail: string | null;
  quantity: number;
  unit_price: number;
}

export interface Cart {
  id: string;
  email: string | null;
  customer_id: string | null;
  items: CartLine[];
  item_total: number;
  shipping_address: Record<string, string | null> | null;
}

export interface CartGroup {
  seller: { id: string; name: string; handle: string };
  items: string[];
  shipping_options: { id: string; name: string; amount: number }[];
}

const CART_FIELDS = [
  'id',
  'email',
  'customer_id',
  'item_total',
  '*shipping_address',
  'items.id',
  'items.title',
  'items.product_id',
  'items.product_title',
  'items.product_handle',
  'items.variant_id',
  'items.variant_title',
  'items.thumbnail',
  'items.quantity',
  'items.unit_price',
].join(',');

let regionId: string | null = null;

/** The marketplace has one region, Việt Nam (VND); looked up once per process. */
async function vietnamRegion(): Promise<string> {
  if (regionId) return regionId;
  const { regions } = await store<{ regions: { id: string; currency_code: string }[] }>('/store/regions');
  const region = regions.find((r) => r.currency_code === 'vnd') ?? regions[0];
  if (!region) throw new Error('The marketplace has no region set up.');
  regionId = region.id;
  return regionId;
}

function normalise(cart: Cart): Cart {
  return {
    ...cart,
    item_total: Number(cart.item_total ?? 0),
    items: (cart.items ?? []).map((i) => ({
      ...i,
      unit_price: Number(i.unit_price),
      quantity: Number(i.quantity),
    })),
  };
}

function remember(session: StoreSession, cart: Cart): Cart {
  session.set('cartId', cart.id);
  session.set(
    'cartCount',
    cart.items.reduce((n, i) => n + i.quantity, 0),
  );
  return cart;
}

export async function getCart(session: StoreSession): Promise<Cart | null> {
  const id = session.get('cartId');
  if (!id) return null;
  try {
    const { cart } = await store<{ cart: Cart }>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      token: session.get('token'),
    });
    // A completed cart (checked out elsewhere) is no longer this visitor's cart.
    return remember(session, normalise(cart));
  } catch (error) {
    if (isUpstream(error, 404)) {
      session.unset('cartId');
      session.set('cartCount', 0);
      return null;
    }
    throw error;
  }
}

async function createCart(session: StoreSession): Promise<Cart> {
  const { cart } = await store<{ cart: Cart }>('/store/carts', {
    body: { region_id: await vietnamRegion() },
    query: { fields: CART_FIELDS },
    token: session.get('token'),
  });
  return remember(session, normalise(cart));
}

export async function addToCart(session: StoreSession, variantId: string, quantity: number): Promise<Cart> {
  const existing = (await getCart(session)) ?? (await createCart(session));
  const { cart } = await store<{ cart: Cart }>(`/store/carts/${existing.id}/line-items`, {
    body: { variant_id: variantId, quantity },
    query: { fields: CART_FIELDS },
    token: session.get('token'),
  });
  return remember(session, normalise(cart));
}

export async function setLineQuantity(
  session: StoreSession,
  lineId: string,
  quantity: number,
): Promise<void> {
  const id = session.get('cartId');
  if (!id) return;
  if (quantity <= 0) {
    await store(`/store/carts/${id}/line-items/${encodeURIComponent(lineId)}`, {
      method: 'DELETE',
      token: session.get('token'),
    });
  } else {
    await store(`/store/carts/${id}/line-items/${encodeURIComponent(lineId)}`, {
      body: { quantity },
      token: session.get('token'),
    });
  }
  await getCart(session);
}

/** The cart's lines per producer, each with the delivery options that producer offers. */
export async function cartGroups(cartId: string): Promise<CartGroup[]> {
  const { groups } = await store<{ groups: CartGroup[] }>(`/store/ocop/carts/${cartId}/shipping-options`);
  return groups;
}

/** After signing in, the visitor's cart becomes the customer's, so the order lands in their history. */
export async function claimCart(session: StoreSession): Promise<void> {
  const id = session.get('cartId');
  const token = session.get('token');
  if (!id || !token) return;
  try {
    await store(`/store/carts/${id}/customer`, { method: 'POST', body: {}, token });
  } catch (error) {
    if (!isUpstream(error)) throw error;
    // Someone else's or a completed cart: start a fresh one next time.
    session.unset('cartId');
    session.set('cartCount', 0);
  }
}

export function forgetCart(session: StoreSession): void {
  session.unset('cartId');
  session.set('cartCount', 0);
}
