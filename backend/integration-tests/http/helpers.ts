import { randomInt, randomUUID } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { createUserAccountWorkflow } from '@medusajs/medusa/core-flows';
import { mintRegistryToken } from '@ocop/contracts';

type Api = {
  get: (url: string, config?: object) => Promise<any>;
  post: (url: string, body?: unknown, config?: object) => Promise<any>;
  delete: (url: string, config?: object) => Promise<any>;
};

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
/** Axios throws on 4xx; tests want the response to look at. */
export const settle = (p: Promise<any>) => p.catch((e: any) => e.response ?? Promise.reject(e));
const unique = () => `${Date.now()}${randomInt(1_000_000)}`.slice(-12);

let clients = 0;
/**
 * A shopper's or producer's own address, as the storefront forwards it (TRUST_PROXY is loopback
 * in these tests): each test account signs up from its own address, as real ones do, so the
 * per-address sign-up limit (AUTH_LIMITS) is not spent by the fixtures of a whole file.
 */
export function fromClient(config: { headers?: Record<string, string> } = {}) {
  clients += 1;
  const address = `198.18.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`;
  return { ...config, headers: { ...config.headers, 'x-forwarded-for': address } };
}

/** An official token as the backend would sign it (national scope, every role). */
export function officialToken(): Promise<string> {
  return mintRegistryToken(
    process.env.JWT_PRIVATE_KEY as string,
    {
      actorType: 'official',
      actorId: `official-${randomUUID()}`,
      roles: ['issuer', 'revoker', 'inspector'],
      province: null,
    },
    { issuer: 'ocop-backend', expiresIn: '1h' },
  );
}

/** Calls the real registry started by the global setup. */
export async function registry(method: string, path: string, body?: unknown, token?: string) {
  token ??= await officialToken();
  const response = await fetch(`${process.env.REGISTRY_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as any;
  if (!response.ok)
    throw new Error(`registry ${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
  return json;
}

export async function registryProducer(name = 'Hợp tác xã Mắm Châu Đốc') {
  const producer = await registry('POST', '/v1/producers', {
    legalName: name,
    kind: 'cooperative',
    registrationNumber: `HTX${unique()}`,
    province: 'An Giang',
    commune: 'Phường Châu Đốc',
  });
  return producer.id as string;
}

export async function registryProduct(producerId: string, name = 'Mắm cá linh Châu Đốc') {
  const product = await registry('POST', `/v1/producers/${producerId}/products`, {
    name,
    group: 'processed_food',
    gtin: null,
  });
  return product.id as string;
}

export async function certify(productId: string, issuedAt = '2026-03-01T02:00:00Z') {
  const certificate = await registry('POST', '/v1/certificates', {
    productId,
    number: `AG-${unique()}`,
    scores: { A: 32, B: 20, C: 28.5 },
    issuingLevel: 'province',
    issuerName: 'UBND tỉnh An Giang',
    decisionNumber: `QĐ-${unique()}`,
    issuedAt,
  });
  return certificate as { id: string; number: string; stars: number };
}

export async function revoke(certificateId: string) {
  return registry('POST', `/v1/certificates/${certificateId}/revoke`, {
    reason: 'quality_violation',
    note: 'Mẫu kiểm tra không đạt',
    decisionNumber: `QĐ-TH-${unique()}`,
  });
}

/** Registers an account, creates its (pending) shop, then signs in as its member. */
export async function registerShop(api: Api, handle: string, producerId: string) {
  // Unique per call: the runner resets the database between tests, not the per-account limits.
  const email = `${handle}-${unique()}@htx.vn`;
  const identity = await api.post(
    '/auth/seller/emailpass/register',
    { email, password: 'mat-khau-1234' },
    fromClient(),
  );
  const created = await api.post(
    '/vendor/register',
    { handle, name: `Cửa hàng ${handle}`, registry_producer_id: producerId, member_name: 'Nguyễn Văn A' },
    bearer(identity.data.token),
  );
  const login = await api.post('/auth/seller/emailpass', { email, password: 'mat-khau-1234' });
  return { seller: created.data.seller as { id: string; handle: string }, token: login.data.token as string };
}

/** The marketplace operator (a Medusa admin user). */
export async function adminToken(api: Api, container: MedusaContainer) {
  const email = `operator-${unique()}@ocop.vn`;
  const identity = await api.post(
    '/auth/user/emailpass/register',
    { email, password: 'mat-khau-1234' },
    fromClient(),
  );
  // The token's claims, read without checking: Medusa signed it a moment ago.
  const claims = JSON.parse(Buffer.from(identity.data.token.split('.')[1], 'base64url').toString());
  const authIdentityId = (claims as { auth_identity_id: string }).auth_identity_id;
  await createUserAccountWorkflow(container).run({ input: { authIdentityId, userData: { email } } });
  const login = await api.post('/auth/user/emailpass', { email, password: 'mat-khau-1234' });
  return login.data.token as string;
}

export function productBody(registryProductId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Mắm cá linh Châu Đốc 500g',
    description: 'Cá linh mùa nước nổi, ủ chượp 6 tháng.',
    registry_product_id: registryProductId,
    status: 'published',
    images: [{ url: 'https://picsum.photos/seed/mam/800/800' }],
    variants: [
      { title: 'Hũ 500g', price: 125_000, inventory_quantity: 40 },
      { title: 'Hũ 1kg', price: 230_000, inventory_quantity: 10 },
    ],
    ...overrides,
  };
}

export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number) {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A certified registry product sold by a newly approved shop. */
export async function approvedShopWithProduct(
  api: Api,
  operator: string,
  handle: string,
  product: Record<string, unknown> = {},
) {
  const producerId = await registryProducer(`HTX ${handle}`);
  const registryProductId = await registryProduct(producerId);
  const certificate = await certify(registryProductId);
  const shop = await registerShop(api, handle, producerId);
  const created = await api.post(
    '/vendor/products',
    productBody(registryProductId, product),
    bearer(shop.token),
  );
  await api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'approve' }, bearer(operator));
  return { ...shop, producerId, registryProductId, certificate, product: created.data.product };
}

export const SHIPPING_ADDRESS = {
  first_name: 'Lan',
  last_name: 'Trần',
  address_1: '12 Nguyễn Huệ',
  city: 'Phường Sài Gòn',
  province: 'Thành phố Hồ Chí Minh',
  country_code: 'vn',
  phone: '0901234567',
};

/** A consumer's cart with these lines, checked out with each shop's first delivery option. */
export async function checkout(
  api: Api,
  publishableKey: string,
  regionId: string,
  lines: { variant_id: string; quantity: number }[],
  payment_method: 'cod' | 'vietqr' = 'cod',
) {
  const store = { headers: { 'x-publishable-api-key': publishableKey } };
  const cart = (await api.post('/store/carts', { region_id: regionId }, store)).data.cart;
  for (const line of lines) await api.post(`/store/carts/${cart.id}/line-items`, line, store);
  await api.post(
    `/store/carts/${cart.id}`,
    { email: 'lan@mail.vn', shipping_address: SHIPPING_ADDRESS },
    store,
  );
  const groups = (await api.get(`/store/ocop/carts/${cart.id}/shipping-options`, store)).data.groups;
  const shipping = groups.map((g: any) => ({
    seller_id: g.seller.id,
    shipping_option_id: g.shipping_options[0].id,
  }));
  const placed = await api.post(
    '/store/ocop/checkout',
    { cart_id: cart.id, shipping, payment_method },
    store,
  );
  return placed.data as { order_group: { id: string; order_ids: string[] }; orders: any[] };
}
