import type { ExecArgs, IAuthModuleService, MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { createUserAccountWorkflow } from '@medusajs/medusa/core-flows';
import { isCertificateInForce, slugify } from '@ocop/domain';
import { syncListings } from '../lib/catalog/catalog-sync';
import { salesEventsForOrder } from '../lib/orders/sales-events';
import { deliverSalesEvents } from '../lib/orders/sales-outbox';
import { registryClient } from '../lib/registry/registry-client';
import { ensureRegistrySubscription } from '../lib/registry/registry-subscription';
import { decideShopBinding } from '../lib/sellers/decide-shop-binding';
import { ensureMarketplace, ensureSellerLogistics, type Marketplace } from '../lib/sellers/marketplace';
import { CATALOG_MODULE } from '../modules/catalog';
import type CatalogModuleService from '../modules/catalog/service';
import { MARKETPLACE_MODULE } from '../modules/marketplace';
import type MarketplaceModuleService from '../modules/marketplace/service';
import { OFFICIAL_ROLES } from '../modules/official';
import { SELLER_MODULE } from '../modules/seller';
import type SellerModuleService from '../modules/seller/service';
import { createOfficialWorkflow } from '../workflows/create-official';
import { registerSellerWorkflow } from '../workflows/register-seller';
import { createSellerProductWorkflow } from '../workflows/seller-product';

export const DEMO_PASSWORD = 'demo-ocop-2026';
const PAST_ORDERS = 540;
const OTHER_CHANNEL_SALES = 360;
const DAY = 86_400_000;

interface RegistryProducerRow {
  id: string;
  legalName: string;
  province: string;
  commune: string;
  // Null for a producer a shop brought to the registry without a registration number.
  registrationNumber: string | null;
}

/** A small seeded PRNG, so every fresh demo has the same shapes. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Round đồng prices the way shops write them (…000 ₫). */
function priceFor(name: string): number {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return 45_000 + (h % 60) * 5_000;
}

/**
 * The backend's demo (run by `npm start` once, after the registry's): a shop for each demo
 * producer, its certified products, two officials, and a year of past orders whose sales reach
 * the registry ledger, plus showroom / supermarket / livestream sales recorded there directly.
 * Looks before it writes: running it again changes nothing.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const market = await ensureMarketplace(container);
  const anchor = await demoAnchor(container);
  if (await ensureRegistrySubscription()) logger.info('Subscribed to the registry’s certificate events.');
  await seedOfficials(container);
  await seedOperator(container);
  const client = registryClient();
  const { producers } = await client.request<{ producers: RegistryProducerRow[] }>('GET', '/v1/producers');
  const demo = producers.filter((p) => p.registrationNumber?.startsWith('DEMO-'));
  let products = 0;
  for (const [index, producer] of demo.entries()) {
    products += await seedShop(container, market, producer, index);
  }
  logger.info(`Demo shops: ${demo.length}, products created now: ${products}.`);
  const orders = await seedPastOrders(container, market, anchor);
  await seedOtherChannels(container, anchor);
  for (;;) {
    const r = await deliverSalesEvents(container, { batchSize: 500 });
    if (r.delivered === 0) break;
  }
  logger.info(`Past orders created now: ${orders}. Storefront publishable key: ${market.publishableKey}`);
}

/**
 * The moment the demo was first seeded, kept in the store's metadata. Every demo date is
 * relative to it, so a later run builds the same events with the same bodies (the registry
 * refuses an event id that comes back with other data) instead of dates from today's clock.
 */
async function demoAnchor(container: MedusaContainer): Promise<number> {
  const stores = container.resolve(Modules.STORE);
  const [store] = await stores.listStores({}, { take: 1 });
  if (!store) throw new Error('demo seed: the store is not set up');
  const kept = Date.parse(String(store.metadata?.ocop_demo_anchor ?? ''));
  if (Number.isFinite(kept)) return kept;
  const now = Date.now();
  await stores.updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), ocop_demo_anchor: new Date(now).toISOString() },
  });
  return now;
}

/** Marks a one-off step of the demo as done, so later runs skip it. */
async function demoStepDone(container: MedusaContainer, step: string, done?: true): Promise<boolean> {
  const stores = container.resolve(Modules.STORE);
  const [store] = await stores.listStores({}, { take: 1 });
  if (!store) throw new Error('demo seed: the store is not set up');
  const key = `ocop_demo_done_${step}`;
  if (done) await stores.updateStores(store.id, { metadata: { ...(store.metadata ?? {}), [key]: true } });
  return store.metadata?.[key] === true;
}

async function seedOfficials(container: MedusaContainer) {
  const officials = container.resolve('official') as { listOfficials: (f: object) => Promise<unknown[]> };
  const wanted = [
    { email: 'thanhtra@demo.ocop.vn', name: 'Nguyễn Thị Thanh', province: 'An Giang' },
    { email: 'bonn@demo.ocop.vn', name: 'Trần Văn Bộ', province: null },
  ];
  for (const o of wanted) {
    if ((await officials.listOfficials({ email: o.email })).length) continue;
    await createOfficialWorkflow(container).run({
      input: { ...o, password: DEMO_PASSWORD, roles: [...OFFICIAL_ROLES] },
    });
  }
}

/** The marketplace operator's sign-in for the admin dashboard (/app). */
async function seedOperator(container: MedusaContainer) {
  const email = 'operator@demo.ocop.vn';
  const users = container.resolve(Modules.USER);
  if ((await users.listUsers({ email })).length) return;
  const auth: IAuthModuleService = container.resolve(Modules.AUTH);
  const registered = await auth.register('emailpass', {
    body: { email, password: DEMO_PASSWORD },
  } as Parameters<IAuthModuleService['register']>[1]);
  if (!registered.authIdentity) throw new Error(`demo operator: ${registered.error}`);
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: registered.authIdentity.id,
      userData: { email, first_name: 'Ban', last_name: 'Điều hành' },
    },
  });
}

async function seedShop(
  container: MedusaContainer,
  market: Marketplace,
  producer: RegistryProducerRow,
  index: number,
) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE);
  const handle = slugify(
    producer.legalName.replace(/^(Hợp tác xã|Công ty TNHH|Công ty Cổ phần|Hộ kinh doanh|Tổ hợp tác)\s+/u, ''),
  );
  let [seller] = await sellers.listSellers({ handle });
  if (!seller) {
    const email = `shop${String(index + 1).padStart(2, '0')}@demo.ocop.vn`;
    const auth: IAuthModuleService = container.resolve(Modules.AUTH);
    const registered = await auth.register('emailpass', {
      body: { email, password: DEMO_PASSWORD },
    } as Parameters<IAuthModuleService['register']>[1]);
    if (!registered.authIdentity) throw new Error(`demo seller ${email}: ${registered.error}`);
    const { result } = await registerSellerWorkflow(container).run({
      input: {
        shop: {
          handle,
          name: producer.legalName,
          story: `${producer.legalName} — ${producer.commune}, ${producer.province}. Sản phẩm OCOP làm từ nguyên liệu địa phương, theo cách làm truyền thống của vùng Bảy Núi và sông Hậu.`,
          // Drawn by the storefront (the demo has no real photos and runs offline).
          logo_url: `/media/demo/${encodeURIComponent(producer.legalName)}.svg`,
          contact_email: email,
          contact_phone: `0296 38${String(index).padStart(2, '0')} 123`,
        },
        producer: { id: producer.id },
        member: { email, name: 'Chủ cửa hàng' },
        authIdentityId: registered.authIdentity.id,
      },
    });
    seller = result.seller;
  }
  // The shop's claim is approved in the registry as the operator would (docs/decisions/012);
  // a shop left pending by an interrupted run is approved on the next.
  if (seller.status === 'pending') {
    const decided = await decideShopBinding(container, {
      sellerId: seller.id,
      action: 'approve',
      decidedBy: 'demo-seed',
    });
    if (decided.seller?.status !== 'approved') {
      throw new Error(`demo shop ${handle}: the registry did not approve its claim`);
    }
    seller = decided.seller;
  }
  await ensureSellerLogistics(container, seller.id, market);

  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const existing = new Set(
    (await catalog.listListings({ seller_id: seller.id })).map((l) => l.registry_product_id),
  );
  const registryProducts = await registryClient().productsOf(producer.id);
  const created: string[] = [];
  for (const p of registryProducts) {
    // Community tourism is a place to visit, not a parcel to ship.
    if (existing.has(p.id) || p.productGroup === 'community_tourism') continue;
    const price = priceFor(p.name);
    const inForce = isCertificateInForce(p.certificate?.status);
    const { result } = await createSellerProductWorkflow(container).run({
      input: {
        seller: {
          id: seller.id,
          handle: seller.handle,
          name: seller.name,
          registry_producer_id: producer.id,
        },
        locationId: (await locationOf(container, seller.id)) ?? null,
        shippingProfileId: market.shippingProfileId,
        registryProductId: p.id,
        product: {
          title: p.name,
          handle: slugify(`${p.name} ${p.code}`),
          description: `${p.name} của ${producer.legalName}, ${producer.commune}. Sản phẩm OCOP, truy xuất nguồn gốc bằng tem QR trên từng gói.`,
          thumbnail: p.imageUrl,
          images: p.imageUrl ? [{ url: p.imageUrl }] : [],
          // Producers publish what they may sell; the catalog hides it again if the certificate lapses.
          status: inForce ? 'published' : 'draft',
        },
        variants: [
          { title: 'Tiêu chuẩn', price, inventory_quantity: 500 },
          { title: 'Hộp quà', price: Math.round((price * 2.2) / 1000) * 1000, inventory_quantity: 120 },
        ],
      },
    });
    created.push(result[0]?.id as string);
  }
  if (created.length) await syncListings(container, created);
  return created.length;
}

async function locationOf(container: MedusaContainer, sellerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'seller',
    fields: ['stock_locations.id'],
    filters: { id: sellerId },
  });
  return (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id;
}

const CUSTOMERS = [
  ['Lan', 'Trần', 'Thành phố Hồ Chí Minh', 'Phường Sài Gòn'],
  ['Minh', 'Lê', 'Thành phố Hà Nội', 'Phường Hoàn Kiếm'],
  ['Hoa', 'Nguyễn', 'Thành phố Cần Thơ', 'Phường Ninh Kiều'],
  ['Tuấn', 'Phạm', 'An Giang', 'Phường Long Xuyên'],
  ['Thảo', 'Võ', 'Thành phố Đà Nẵng', 'Phường Hải Châu'],
  ['Khoa', 'Huỳnh', 'Đồng Tháp', 'Phường Cao Lãnh'],
] as const;

interface PastOrder {
  createdAt: Date;
  sellerId: string;
  producerId: string;
  canceled: boolean;
  order: Record<string, unknown>;
}

/**
 * A year of orders with the seasons a food marketplace has (Tết gifts, mid-autumn). The plan is
 * drawn whole from a seeded PRNG over the listings in a stable order and dated from the anchor,
 * so every run plans the same orders; only the ones not in the database yet are created.
 */
async function seedPastOrders(
  container: MedusaContainer,
  market: Marketplace,
  anchor: number,
): Promise<number> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const { rows } = await pg.raw(
    `select metadata->>'ocop_reference' as reference from "order" where metadata->>'demo' = 'true'`,
  );
  const existing = new Set((rows as { reference: string }[]).map((r) => r.reference));
  if (existing.size >= PAST_ORDERS) return 0;
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const listings = (await catalog.listListings({ sellable: true }))
    .filter((l) => l.min_price)
    .sort((a, b) => a.registry_product_id.localeCompare(b.registry_product_id));
  if (listings.length === 0) return 0;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: variants } = await query.graph({
    entity: 'product_variant',
    fields: ['id', 'title', 'product_id', 'prices.amount', 'prices.currency_code'],
    filters: { product_id: listings.map((l) => l.product_id) },
  });
  // Each product's cheapest variant: the same one on every run, whatever order the query answers in.
  const variantOf = new Map<string, { id: string; title: string; price: number }>();
  for (const v of variants as {
    id: string;
    title: string;
    product_id: string;
    prices?: { amount: number }[];
  }[]) {
    const price = Number(v.prices?.[0]?.amount ?? 0);
    const kept = variantOf.get(v.product_id);
    if (!kept || price < kept.price) variantOf.set(v.product_id, { id: v.id, title: v.title, price });
  }
  const { data: sellers } = await query.graph({
    entity: 'seller',
    fields: ['id', 'registry_producer_id', 'shipping_options.id', 'shipping_options.name'],
    filters: { id: [...new Set(listings.map((l) => l.seller_id))] },
  });
  const sellerById = new Map(
    (
      sellers as {
        id: string;
        registry_producer_id: string;
        shipping_options?: { id: string; name: string }[];
      }[]
    ).map((s) => [s.id, s]),
  );
  const random = prng(20261123);
  const plan: PastOrder[] = [];
  for (let n = 0; n < PAST_ORDERS; n++) {
    // Later months and the weeks before Tết (late Jan / Feb) sell more.
    let daysAgo = Math.floor(random() ** 1.3 * 365);
    if (random() < 0.18) daysAgo = (anchor - Date.UTC(2026, 0, 20)) / DAY + Math.floor(random() * 21);
    const createdAt = new Date(
      anchor - Math.min(364, Math.max(1, Math.floor(daysAgo))) * DAY - Math.floor(random() * DAY),
    );
    const first = listings[Math.floor(random() * listings.length)] as (typeof listings)[number];
    const sameShop = listings.filter(
      (l) => l.seller_id === first.seller_id && l.product_id !== first.product_id,
    );
    const picked = [
      first,
      ...(random() < 0.35 && sameShop.length ? [sameShop[Math.floor(random() * sameShop.length)]] : []),
    ];
    const quantities = picked.map(() => 1 + Math.floor(random() ** 2 * 4));
    const canceled = random() < 0.05;
    const paidBy = random() < 0.7 ? 'cod' : 'vietqr';
    const reference = `OCOPDEMO-${n + 1}`;
    const seller = sellerById.get(first.seller_id);
    const option = seller?.shipping_options?.[0];
    if (!seller || !option || existing.has(reference)) continue;
    const [firstName, lastName, province, city] = CUSTOMERS[
      n % CUSTOMERS.length
    ] as (typeof CUSTOMERS)[number];
    const items = picked.flatMap((l, i) => {
      const v = l && variantOf.get(l.product_id);
      if (!l || !v) return [];
      return [
        {
          title: l.title,
          subtitle: v.title,
          thumbnail: l.thumbnail,
          product_id: l.product_id,
          product_title: l.title,
          product_handle: l.handle,
          variant_id: v.id,
          variant_title: v.title,
          quantity: quantities[i] as number,
          unit_price: v.price,
          is_tax_inclusive: true,
          requires_shipping: true,
        },
      ];
    });
    plan.push({
      createdAt,
      sellerId: seller.id,
      producerId: seller.registry_producer_id,
      canceled,
      order: {
        region_id: market.regionId,
        sales_channel_id: market.salesChannelId,
        email: `${slugify(firstName)}.${slugify(lastName)}@mail.vn`,
        currency_code: 'vnd',
        status: 'completed' as const,
        shipping_address: {
          first_name: firstName,
          last_name: lastName,
          address_1: `${10 + (n % 90)} Nguyễn Trãi`,
          city,
          province,
          country_code: 'vn',
          phone: '0901234567',
        },
        items,
        shipping_methods: [
          { name: option.name, amount: 30_000, is_tax_inclusive: true, shipping_option_id: option.id },
        ],
        metadata: { demo: true, ocop_reference: reference, seller_id: seller.id, payment_method: paidBy },
      },
    });
  }
  for (let at = 0; at < plan.length; at += 60) {
    await createPastOrders(container, plan.slice(at, at + 60), listings);
  }
  return plan.length;
}

/** One batch of planned orders: the orders, their shop links, their ledger events, their dates. */
async function createPastOrders(
  container: MedusaContainer,
  drafts: PastOrder[],
  listings: { product_id: string; registry_product_id: string }[],
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const orderModule = container.resolve(Modules.ORDER);
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const outbox = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const created = await orderModule.createOrders(drafts.map((d) => d.order) as never);
  // createOrders does not promise to answer in input order: pair them by reference.
  const draftOf = new Map(
    drafts.map((d) => [(d.order.metadata as { ocop_reference: string }).ocop_reference, d]),
  );
  const orders = created.map((o) => {
    const d = draftOf.get((o.metadata as { ocop_reference: string }).ocop_reference);
    if (!d) throw new Error(`demo order ${o.id} has no draft`);
    return { order: o, draft: d };
  });
  const registryProducts = Object.fromEntries(listings.map((l) => [l.product_id, l.registry_product_id]));
  await link.create(
    orders.map(({ order, draft }) => ({
      [SELLER_MODULE]: { seller_id: draft.sellerId },
      [Modules.ORDER]: { order_id: order.id },
    })),
  );
  const events = orders.flatMap(({ order, draft }) => {
    const placed = { ...order, created_at: draft.createdAt } as never;
    const sale = salesEventsForOrder(placed, draft.producerId, registryProducts, 'sale');
    const undo = draft.canceled
      ? salesEventsForOrder(
          placed,
          draft.producerId,
          registryProducts,
          'cancellation',
          new Date(draft.createdAt.getTime() + DAY),
        )
      : [];
    return [...sale, ...undo];
  });
  await outbox.createSalesOutboxes(
    events.map((e) => ({
      event_id: e.payload.eventId,
      order_id: e.order_id,
      payload: e.payload as never,
      next_attempt_at: new Date(),
    })),
  );
  for (const { order, draft } of orders) {
    await pg.raw(
      `update "order" set created_at = ?, updated_at = ?, status = ?, canceled_at = ? where id = ?`,
      [
        draft.createdAt,
        draft.createdAt,
        draft.canceled ? 'canceled' : 'completed',
        draft.canceled ? new Date(draft.createdAt.getTime() + DAY) : null,
        order.id,
      ],
    );
  }
}

/**
 * Showroom, supermarket and livestream sales reach the ledger straight from the producers. Dated
 * from the anchor, so a run after a crash half-way sends the same bodies again (the ledger
 * answers a repeat as already recorded); once all are in, later runs skip the step.
 */
async function seedOtherChannels(container: MedusaContainer, anchor: number) {
  if (await demoStepDone(container, 'other_channels')) return;
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const listings = (await catalog.listListings({ sellable: true })).sort((a, b) =>
    a.registry_product_id.localeCompare(b.registry_product_id),
  );
  if (listings.length === 0) return;
  const client = registryClient();
  const random = prng(7);
  const channels = ['showroom', 'supermarket', 'livestream'] as const;
  for (let n = 0; n < OTHER_CHANNEL_SALES; n++) {
    const l = listings[Math.floor(random() * listings.length)] as (typeof listings)[number];
    const quantity = 5 + Math.floor(random() * 40);
    await client.request('POST', '/v1/sales-events', {
      eventId: `demo:channel-sale:${n}`,
      kind: 'sale',
      productId: l.registry_product_id,
      producerId: l.registry_producer_id,
      channel: channels[n % channels.length],
      quantity,
      amountVnd: quantity * (l.min_price ?? 50_000),
      occurredAt: new Date(anchor - Math.floor(random() * 364 + 1) * DAY).toISOString(),
      orderRef: `DEMO-${channels[n % channels.length]}-${n}`,
    });
  }
  await demoStepDone(container, 'other_channels', true);
}
