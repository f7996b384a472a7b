import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { createProductsWorkflow } from '@medusajs/medusa/core-flows';
import { searchText } from '../lib/search/search-text';
import { ensureMarketplace } from '../lib/sellers/marketplace';
import { CATALOG_MODULE } from '../modules/catalog';
import type CatalogModuleService from '../modules/catalog/service';
import { SELLER_MODULE } from '../modules/seller';
import type SellerModuleService from '../modules/seller/service';

const SECTORS = ['food', 'beverages', 'herbal', 'textiles', 'handicrafts'];
const COMMUNES = [
  'Phường Châu Đốc',
  'Xã Tri Tôn',
  'Phường Long Xuyên',
  'Đặc khu Phú Quốc',
  'Xã U Minh Thượng',
];

/**
 * The listing benchmark's data set (bench/backend-listing.ts), never run by npm start:
 *   medusa exec ./src/scripts/bench-seed.ts <sellers> <products>
 * Products go through Medusa's own product workflow (variants, VND price sets, the sales
 * channel), so Medusa's /store/products is measured on exactly the same rows as ours.
 */
export default async function benchSeed({ container, args }: ExecArgs) {
  const sellerCount = Number(args[0] ?? 100);
  const productCount = Number(args[1] ?? 5000);
  const market = await ensureMarketplace(container);
  const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers(
    Array.from({ length: sellerCount }, (_, i) => ({
      handle: `bench-shop-${i + 1}`,
      name: `Cửa hàng thử ${i + 1}`,
      contact_email: `bench${i + 1}@ocop.vn`,
      registry_producer_id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      status: 'approved' as const,
    })),
  );
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE);
  const batch = 250;
  for (let start = 0; start < productCount; start += batch) {
    const n = Math.min(batch, productCount - start);
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: n }, (_, k) => {
          const i = start + k;
          const price = 40_000 + ((i * 7919) % 80) * 5_000;
          return {
            title: `Sản phẩm OCOP thử ${i + 1}`,
            handle: `bench-product-${i + 1}`,
            status: 'published' as const,
            thumbnail: `/media/demo/bench-${i}.svg`,
            shipping_profile_id: market.shippingProfileId,
            sales_channels: [{ id: market.salesChannelId }],
            options: [{ title: 'Loại', values: ['Tiêu chuẩn', 'Hộp quà'] }],
            variants: [
              {
                title: 'Tiêu chuẩn',
                manage_inventory: false,
                options: { Loại: 'Tiêu chuẩn' },
                prices: [{ currency_code: 'vnd', amount: price }],
              },
              {
                title: 'Hộp quà',
                manage_inventory: false,
                options: { Loại: 'Hộp quà' },
                prices: [{ currency_code: 'vnd', amount: price * 2 }],
              },
            ],
          };
        }),
      },
    });
    const rows = result.map((p, k) => {
      const i = start + k;
      const seller = sellers[i % sellers.length] as (typeof sellers)[number];
      return { product: p, seller, i };
    });
    await link.create(
      rows.map(({ product, seller }) => ({
        [SELLER_MODULE]: { seller_id: seller.id },
        [Modules.PRODUCT]: { product_id: product.id },
      })),
    );
    await catalog.createListings(
      rows
        .map(({ product, seller, i }) => ({
          product_id: product.id,
          seller_id: seller.id,
          registry_product_id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
          registry_producer_id: seller.registry_producer_id as string,
          title: product.title,
          handle: product.handle,
          thumbnail: product.thumbnail,
          seller_handle: seller.handle,
          seller_name: seller.name,
          sector: SECTORS[i % SECTORS.length] as string,
          product_group: 'processed_food',
          province: 'An Giang',
          commune: COMMUNES[i % COMMUNES.length] as string,
          certificate_id: `bench-cert-${i + 1}`,
          certificate_number: `BENCH-${i + 1}/OCOP`,
          stars: 3 + (i % 3),
          issuer_name: 'UBND tỉnh An Giang',
          issuing_level: 'province',
          certificate_issued_at: new Date('2026-01-15T00:00:00Z'),
          certificate_expires_at: new Date('2029-01-15T00:00:00Z'),
          certificate_status: 'active',
          min_price: 40_000 + ((i * 7919) % 80) * 5_000,
          sellable: true,
          synced_at: new Date(),
        }))
        .map((listing) => ({ ...listing, search_text: searchText(listing) })),
    );
  }
  console.log(JSON.stringify({ regionId: market.regionId, publishableKey: market.publishableKey }));
}
