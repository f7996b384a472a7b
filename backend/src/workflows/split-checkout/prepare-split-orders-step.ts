import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, OrderStatus } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import type { BackendErrorCode } from '@ocop/contracts';
import { shopError } from '../../lib/http/shop-error';
import { orderGroupReference, orderReference } from '../../lib/orders/order-reference';
import { cardPaymentProvider } from '../../lib/payments/card-payment';
import { vietQrAccountFromEnv } from '../../lib/payments/vietqr';
import { CATALOG_MODULE } from '../../modules/catalog';
import { isOfferedListing } from '../../modules/catalog/offered-listing';
import type CatalogModuleService from '../../modules/catalog/service';
import { MARKETPLACE_MODULE } from '../../modules/marketplace';
import type MarketplaceModuleService from '../../modules/marketplace/service';

export type PaymentMethod = 'cod' | 'vietqr' | 'card';

export interface SplitCheckoutInput {
  cart_id: string;
  /** The shipping option chosen for each producer in the cart. */
  shipping: { seller_id: string; shipping_option_id: string }[];
  payment_method: PaymentMethod;
}

interface CartItem {
  id: string;
  quantity: number;
  unit_price: number;
  is_tax_inclusive: boolean;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  product_id: string;
  product_title: string | null;
  product_handle: string | null;
  variant_id: string;
  variant_sku: string | null;
  variant_title: string | null;
  variant?: {
    manage_inventory: boolean;
    allow_backorder: boolean;
    inventory_items?: { inventory_item_id: string; required_quantity: number }[];
  } | null;
}

interface Cart {
  id: string;
  metadata: Record<string, unknown> | null;
  email: string | null;
  currency_code: string;
  region_id: string | null;
  sales_channel_id: string | null;
  customer_id: string | null;
  completed_at: string | null;
  shipping_address: Record<string, unknown> | null;
  billing_address: Record<string, unknown> | null;
  items: CartItem[];
}

export interface PreparedSellerOrder {
  seller_id: string;
  registry_producer_id: string;
  location_id: string | null;
  reference: string;
  total: number;
  /** registry product id per Medusa product id, for the sales events. */
  registry_products: Record<string, string>;
  order: Record<string, unknown>;
  reservations: {
    line_key: string;
    inventory_item_id: string;
    required_quantity: number;
    allow_backorder: boolean;
    quantity: number;
    location_ids: string[];
  }[];
}

const CART_FIELDS = [
  'id',
  'email',
  'metadata',
  'currency_code',
  'region_id',
  'sales_channel_id',
  'customer_id',
  'completed_at',
  'shipping_address.*',
  'billing_address.*',
  'items.id',
  'items.quantity',
  'items.unit_price',
  'items.is_tax_inclusive',
  'items.title',
  'items.subtitle',
  'items.thumbnail',
  'items.product_id',
  'items.product_title',
  'items.product_handle',
  'items.variant_id',
  'items.variant_sku',
  'items.variant_title',
  'items.variant.manage_inventory',
  'items.variant.allow_backorder',
  'items.variant.inventory_items.inventory_item_id',
  'items.variant.inventory_items.required_quantity',
];

const invalid = (code: BackendErrorCode, message: string) => shopError(code, message);

/** What the card-payment route prepares with: it needs the totals, not the references. */
const NO_REFERENCE_YET = 'OCOP------';

function addressOf(a: Record<string, unknown> | null) {
  if (!a) return null;
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = a;
  return rest;
}

/**
 * Reads the cart and splits it by producer: checks that every item is on sale now, that each
 * producer has one of its own shipping options chosen, then builds one order per producer.
 * Nothing is written here.
 */
export interface PreparedCheckout {
  cart: Cart;
  /** The order group's reference; each order's is this plus `-n`. */
  reference: string;
  orders: PreparedSellerOrder[];
  total: number;
  card: { payment_collection_id: string; payment_session_id: string } | null;
}

export const prepareSplitOrdersStep = createStep(
  'prepare-split-orders',
  async (input: SplitCheckoutInput, { container }) => {
    const number = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).nextCheckoutNumber();
    const prepared = await prepareSplitOrders(container, input, orderGroupReference(number));
    if (input.payment_method === 'card') prepared.card = await cardPaymentFor(container, prepared);
    return new StepResponse(prepared);
  },
);

/**
 * The split itself, shared by the checkout and by the card-payment route (which needs the
 * group's total before the card is charged).
 */
export async function prepareSplitOrders(
  container: MedusaContainer,
  input: SplitCheckoutInput,
  groupReference: string = NO_REFERENCE_YET,
): Promise<PreparedCheckout> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: carts } = await query.graph({
    entity: 'cart',
    fields: CART_FIELDS,
    filters: { id: input.cart_id },
  });
  const cart = carts[0] as unknown as Cart | undefined;
  if (!cart) throw shopError('cart_not_found', 'Cart not found.');
  if (cart.completed_at) throw invalid('cart_completed', 'This cart is already checked out.');
  if (!cart.items?.length) throw invalid('cart_empty', 'The cart is empty.');
  if (!cart.email) throw invalid('email_missing', 'Add an e-mail address to the cart.');
  if (!cart.shipping_address) throw invalid('address_missing', 'Add a delivery address to the cart.');
  if (cart.currency_code !== 'vnd') throw invalid('currency_not_vnd', 'Carts are paid in VND.');
  if (input.payment_method === 'vietqr' && !vietQrAccountFromEnv())
    throw invalid('vietqr_unavailable', 'VietQR transfer is not available.');
  if (input.payment_method === 'card' && !cardPaymentProvider())
    throw invalid('card_unavailable', 'Card payments are not configured.');

  const productIds = [...new Set(cart.items.map((i) => i.product_id))];
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const listings = await catalog.listListings({ product_id: productIds });
  const listingOf = new Map(listings.map((l) => [l.product_id, l]));
  for (const item of cart.items) {
    const listing = listingOf.get(item.product_id);
    if (!isOfferedListing(listing))
      throw invalid('listing_not_offered', `"${item.title}" is no longer on sale.`);
  }

  const sellerIds = [...new Set(listings.map((l) => l.seller_id))];
  const { data: sellers } = await query.graph({
    entity: 'seller',
    fields: ['id', 'name', 'status', 'registry_producer_id', 'stock_locations.id', 'shipping_options.id'],
    filters: { id: sellerIds },
  });
  const sellerById = new Map(
    (
      sellers as unknown as {
        id: string;
        name: string;
        status: string;
        registry_producer_id: string;
        stock_locations?: { id: string }[];
        shipping_options?: { id: string }[];
      }[]
    ).map((s) => [s.id, s]),
  );
  const chosen = new Map(input.shipping.map((s) => [s.seller_id, s.shipping_option_id]));
  const optionIds = [...chosen.values()];
  const { data: options } = await query.graph({
    entity: 'shipping_option',
    fields: ['id', 'name', 'prices.amount', 'prices.currency_code'],
    filters: { id: optionIds },
  });
  const optionById = new Map(
    (
      options as unknown as {
        id: string;
        name: string;
        prices?: { amount: number; currency_code: string }[];
      }[]
    ).map((o) => [o.id, o]),
  );

  const prepared: PreparedSellerOrder[] = sellerIds.map((sellerId, index) => {
    const seller = sellerById.get(sellerId);
    if (seller?.status !== 'approved')
      throw invalid('shop_not_selling', 'A shop in the cart is not selling now.');
    const optionId = chosen.get(sellerId);
    if (!optionId) throw invalid('shipping_option_missing', `Choose a delivery option for ${seller.name}.`);
    const option = optionById.get(optionId);
    if (!option || !(seller.shipping_options ?? []).some((o) => o.id === optionId)) {
      throw invalid('shipping_option_not_of_shop', `That delivery option is not one of ${seller.name}'s.`);
    }
    const shippingAmount = Number(
      option.prices?.find((p) => p.currency_code === 'vnd')?.amount ?? Number.NaN,
    );
    if (!Number.isInteger(shippingAmount))
      throw invalid('shipping_price_missing', `${seller.name}'s delivery option has no VND price.`);
    const items = cart.items.filter((i) => listingOf.get(i.product_id)?.seller_id === sellerId);
    const itemsTotal = items.reduce((n, i) => n + Number(i.unit_price) * Number(i.quantity), 0);
    const reference = orderReference(groupReference, index);
    const total = itemsTotal + shippingAmount;
    const locationId = seller.stock_locations?.[0]?.id ?? null;
    return {
      seller_id: sellerId,
      registry_producer_id: seller.registry_producer_id,
      location_id: locationId,
      reference,
      total,
      registry_products: Object.fromEntries(
        items.map((i) => [i.product_id, listingOf.get(i.product_id)?.registry_product_id as string]),
      ),
      order: {
        region_id: cart.region_id,
        customer_id: cart.customer_id,
        sales_channel_id: cart.sales_channel_id,
        status: OrderStatus.PENDING,
        email: cart.email,
        currency_code: 'vnd',
        shipping_address: addressOf(cart.shipping_address),
        billing_address: addressOf(cart.billing_address ?? cart.shipping_address),
        no_notification: false,
        items: items.map((i) => ({
          title: i.title,
          subtitle: i.subtitle,
          thumbnail: i.thumbnail,
          quantity: i.quantity,
          product_id: i.product_id,
          product_title: i.product_title,
          product_handle: i.product_handle,
          variant_id: i.variant_id,
          variant_sku: i.variant_sku,
          variant_title: i.variant_title,
          unit_price: i.unit_price,
          is_tax_inclusive: true,
          requires_shipping: true,
          metadata: { cart_item_id: i.id },
        })),
        shipping_methods: [
          {
            name: option.name,
            amount: shippingAmount,
            is_tax_inclusive: true,
            shipping_option_id: option.id,
          },
        ],
        metadata: {
          ocop_reference: reference,
          seller_id: sellerId,
          payment_method: input.payment_method,
          cart_id: cart.id,
        },
      },
      reservations: items.flatMap((i) =>
        i.variant?.manage_inventory
          ? (i.variant.inventory_items ?? []).map((inv) => ({
              line_key: i.id,
              inventory_item_id: inv.inventory_item_id,
              required_quantity: Number(inv.required_quantity ?? 1),
              allow_backorder: Boolean(i.variant?.allow_backorder),
              quantity: Number(i.quantity),
              location_ids: locationId ? [locationId] : [],
            }))
          : [],
      ),
    };
  });
  for (const sellerId of chosen.keys()) {
    if (!sellerIds.includes(sellerId))
      throw invalid('shipping_for_unknown_shop', 'A delivery option was chosen for a shop not in the cart.');
  }
  return {
    cart,
    reference: groupReference,
    orders: prepared,
    total: prepared.reduce((n, o) => n + o.total, 0),
    card: null,
  };
}

/**
 * The card payment made for this cart (POST /store/ocop/carts/:id/card-payment): its amount
 * must still be the group's total, and its session must be the card provider's.
 */
async function cardPaymentFor(container: MedusaContainer, prepared: PreparedCheckout) {
  const collectionId = (prepared.cart.metadata as { ocop_payment_collection_id?: string } | null)
    ?.ocop_payment_collection_id;
  if (!collectionId)
    throw invalid('card_not_started', 'Enter the card first (no card payment was started for this cart).');
  const payments = container.resolve(Modules.PAYMENT);
  const [collection] = await payments.listPaymentCollections(
    { id: collectionId },
    { relations: ['payment_sessions'] },
  );
  const session = collection?.payment_sessions?.find((s) => s.provider_id === cardPaymentProvider());
  if (!collection || !session)
    throw invalid('card_not_started', 'Enter the card first (no card payment was started for this cart).');
  if (Number(collection.amount) !== prepared.total) {
    throw invalid('card_stale', 'The cart changed after the card was entered: enter the card again.');
  }
  for (const order of prepared.orders) {
    (order.order.metadata as Record<string, unknown>).payment_collection_id = collection.id;
  }
  return { payment_collection_id: collection.id, payment_session_id: session.id };
}
