import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from '@medusajs/medusa/core-flows';
import { SELLER_MODULE } from '../../modules/seller';
import { OCOP_PAYMENT_PROVIDERS } from '../payments/order-payment';
import { required } from '../required';

export const MARKETPLACE_CHANNEL_NAME = 'OCOP Marketplace';
export const STOREFRONT_KEY_TITLE = 'OCOP Storefront';
export const REGION_NAME = 'Việt Nam';
/** Flat delivery fee each producer starts with, in đồng (they can change it later). */
export const DEFAULT_SHIPPING_FEE = 30_000;

export interface Marketplace {
  storeId: string;
  regionId: string;
  salesChannelId: string;
  publishableKey: string;
  shippingProfileId: string;
}

/** Cash on delivery and VietQR (ours), Medusa's system provider, and Stripe when configured. */
function regionPaymentProviders(): string[] {
  return [
    'pp_system_default',
    OCOP_PAYMENT_PROVIDERS.cod,
    OCOP_PAYMENT_PROVIDERS.vietqr,
    ...(process.env.STRIPE_API_KEY ? ['pp_stripe_stripe'] : []),
  ];
}

/** A region made before the marketplace's own providers existed gets them (and keeps its others). */
async function addMissingPaymentProviders(container: MedusaContainer, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'region',
    fields: ['payment_providers.id'],
    filters: { id: regionId },
  });
  const has = (
    (data[0] as { payment_providers?: { id: string }[] } | undefined)?.payment_providers ?? []
  ).map((p) => p.id);
  const wanted = regionPaymentProviders();
  if (wanted.every((id) => has.includes(id))) return;
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...new Set([...has, ...wanted])] } },
  });
}

/**
 * The store every shop sells in: VND (tax-inclusive, no minor unit), the Vietnam region, one
 * sales channel and the storefront's publishable key. Idempotent: running it again finds what
 * exists and creates only what is missing.
 */
export async function ensureMarketplace(container: MedusaContainer): Promise<Marketplace> {
  const storeModule = container.resolve(Modules.STORE);
  const channelModule = container.resolve(Modules.SALES_CHANNEL);
  const regionModule = container.resolve(Modules.REGION);
  const apiKeyModule = container.resolve(Modules.API_KEY);
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT);
  const taxModule = container.resolve(Modules.TAX);

  let [channel] = await channelModule.listSalesChannels({ name: MARKETPLACE_CHANNEL_NAME });
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: MARKETPLACE_CHANNEL_NAME, description: 'Certified OCOP products from every shop' },
        ],
      },
    });
    channel = required(result[0], 'the created sales channel');
  }

  let [region] = await regionModule.listRegions({ name: REGION_NAME });
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: 'vnd',
            countries: ['vn'],
            payment_providers: regionPaymentProviders(),
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    });
    region = required(result[0], 'the created region');
  } else {
    await addMissingPaymentProviders(container, region.id);
  }
  if ((await taxModule.listTaxRegions({ country_code: 'vn' })).length === 0) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: 'vn', provider_id: 'tp_system' }],
    });
  }

  const [store] = await storeModule.listStores({}, { relations: ['supported_currencies'] });
  if (!store) throw new Error('Medusa has no store row; run the migrations first.');
  // Written once: shop registrations call this too, and should not rewrite the store each time.
  const vnd = store.supported_currencies?.find((c) => c.currency_code === 'vnd');
  const configured =
    store.default_sales_channel_id === channel.id &&
    store.default_region_id === region.id &&
    vnd?.is_default === true;
  if (!configured)
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: 'Chợ OCOP',
          supported_currencies: [{ currency_code: 'vnd', is_default: true, is_tax_inclusive: true }],
          default_sales_channel_id: channel.id,
          default_region_id: region.id,
        },
      },
    });

  let [key] = await apiKeyModule.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: 'publishable' });
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: 'publishable', created_by: 'ocop-setup' }] },
    });
    key = required(result[0], 'the created API key');
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } });
  }

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: 'default' });
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: 'Hàng OCOP', type: 'default' }] },
    });
    profile = required(result[0], 'the created shipping profile');
  }

  return {
    storeId: store.id,
    regionId: region.id,
    salesChannelId: channel.id,
    publishableKey: key.token,
    shippingProfileId: profile.id,
  };
}

/**
 * A producer's own warehouse, delivery zone (all of Vietnam) and a flat-rate shipping option,
 * linked to the shop. Runs when a shop is approved; does nothing if the shop already has them.
 */
export async function ensureSellerLogistics(
  container: MedusaContainer,
  sellerId: string,
  market?: Marketplace,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const { data } = await query.graph({
    entity: 'seller',
    fields: ['id', 'handle', 'name', 'stock_locations.id', 'shipping_options.id'],
    filters: { id: sellerId },
  });
  const seller = data[0] as
    | {
        id: string;
        handle: string;
        name: string;
        stock_locations?: { id: string }[];
        shipping_options?: { id: string }[];
      }
    | undefined;
  if (!seller) throw new Error(`No seller ${sellerId}`);
  if ((seller.stock_locations?.length ?? 0) > 0 && (seller.shipping_options?.length ?? 0) > 0) return;
  const m = market ?? (await ensureMarketplace(container));
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT);

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name: `Kho ${seller.name}`, address: { address_1: seller.name, country_code: 'VN' } }],
    },
  });
  const location = required(locations[0], 'the created stock location');
  await link.create([
    {
      [SELLER_MODULE]: { seller_id: seller.id },
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: 'manual_manual' },
    },
  ]);
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [m.salesChannelId] },
  });

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: `Giao hàng ${seller.handle} ${location.id}`,
    type: 'shipping',
    service_zones: [
      { name: `${seller.name} – toàn quốc`, geo_zones: [{ type: 'country', country_code: 'vn' }] },
    ],
  });
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  });

  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `Giao hàng tiêu chuẩn – ${seller.name}`,
        price_type: 'flat',
        provider_id: 'manual_manual',
        service_zone_id: required(fulfillmentSet.service_zones[0], 'a service zone').id,
        shipping_profile_id: m.shippingProfileId,
        type: { label: 'Tiêu chuẩn', description: 'Giao trong 2–5 ngày', code: 'standard' },
        prices: [
          { currency_code: 'vnd', amount: DEFAULT_SHIPPING_FEE },
          { region_id: m.regionId, amount: DEFAULT_SHIPPING_FEE },
        ],
        rules: [
          { attribute: 'enabled_in_store', value: 'true', operator: 'eq' },
          { attribute: 'is_return', value: 'false', operator: 'eq' },
        ],
      },
    ],
  });
  await link.create(
    options.map((o) => ({
      [SELLER_MODULE]: { seller_id: seller.id },
      [Modules.FULFILLMENT]: { shipping_option_id: o.id },
    })),
  );
}
