import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureMarketplace } from '../../src/lib/sellers/marketplace';
import { CATALOG_MODULE } from '../../src/modules/catalog';
import type CatalogModuleService from '../../src/modules/catalog/service';
import { ocopIntegrationTestRunner } from '../setup/runner';
import {
  adminToken,
  bearer,
  certify,
  checkout,
  productBody,
  registerShop,
  registryProducer,
  registryProduct,
  settle,
} from './helpers';

jest.setTimeout(240_000);

/**
 * Every vendor route, called with another shop's token on this shop's resources. The table is
 * checked against the route files, so a new vendor route without a case here fails the suite.
 */
const BATCH = {
  code: 'L2611-01',
  producedAt: '2026-11-01T01:00:00Z',
  bestBefore: '2027-11-01',
  quantity: 500,
  rawMaterialOrigin: 'Cá linh đầu nguồn sông Hậu',
  standards: ['HACCP'],
};
type Case = { method: 'GET' | 'POST' | 'DELETE'; route: string; body?: unknown };
const CASES: Case[] = [
  { method: 'GET', route: '/vendor/products/:id' },
  { method: 'POST', route: '/vendor/products/:id', body: { title: 'Bị đổi tên' } },
  { method: 'DELETE', route: '/vendor/products/:id' },
  { method: 'POST', route: '/vendor/products/:id/variants/:variant_id', body: { price: 1000 } },
  { method: 'GET', route: '/vendor/orders/:order_id' },
  { method: 'POST', route: '/vendor/orders/:order_id/fulfil' },
  { method: 'POST', route: '/vendor/orders/:order_id/ship', body: { tracking_number: 'GHN123456' } },
  { method: 'POST', route: '/vendor/orders/:order_id/cancel', body: { reason: 'Hết hàng' } },
  { method: 'POST', route: '/vendor/orders/:order_id/confirm-transfer' },
  { method: 'POST', route: '/vendor/orders/:order_id/deliver' },
  {
    method: 'POST',
    route: '/vendor/orders/:order_id/returns',
    body: { items: [{ id: 'ordli_x', quantity: 1 }] },
  },
  { method: 'GET', route: '/vendor/registry-products/:registry_product_id/batches' },
  { method: 'POST', route: '/vendor/registry-products/:registry_product_id/batches', body: BATCH },
  { method: 'GET', route: '/vendor/batches/:batch_id' },
  { method: 'POST', route: '/vendor/batches/:batch_id/stamps', body: { count: 3 } },
  { method: 'GET', route: '/vendor/stamp-issuances/:issuance_id' },
  { method: 'GET', route: '/vendor/stamp-issuances/:issuance_id/urls' },
];
/** Routes with no resource id: scoped by the token alone (checked by what they return). */
const SCOPED_BY_TOKEN = [
  'GET /vendor/me',
  'GET /vendor/orders',
  'GET /vendor/products',
  'GET /vendor/sales/summary',
  'POST /vendor/products',
  'POST /vendor/register',
];

function vendorRoutes(): string[] {
  const root = path.resolve(__dirname, '../../src/api/vendor');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const route = `/vendor/${path.relative(root, dir)}`
          .replace(/orders\/\[id\]/, 'orders/[order_id]')
          .replace(/registry-products\/\[id\]/, 'registry-products/[registry_product_id]')
          .replace(/batches\/\[id\]/, 'batches/[batch_id]')
          .replace(/stamp-issuances\/\[id\]/, 'stamp-issuances/[issuance_id]')
          .replace(/\[(\w+)\]/g, ':$1')
          .replace(/\/$/, '');
        for (const m of readFileSync(full, 'utf8').matchAll(/export const (GET|POST|DELETE|PUT|PATCH)\b/g)) {
          found.push(`${m[1]} ${route}`);
        }
      }
    }
  };
  walk(root);
  return found.sort();
}

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await ensureMarketplace(getContainer());
    });

    it('has a cross-shop case for every vendor route', () => {
      const covered = [...CASES.map((c) => `${c.method} ${c.route}`), ...SCOPED_BY_TOKEN].sort();
      expect(covered).toEqual(vendorRoutes());
    });

    it("refuses every vendor route on another shop's product, and changes nothing", async () => {
      const producerA = await registryProducer('HTX A');
      const producerB = await registryProducer('HTX B');
      const productA = await registryProduct(producerA, 'Mắm thái');
      await certify(productA);
      const a = await registerShop(api, 'shop-a', producerA);
      const b = await registerShop(api, 'shop-b', producerB);
      const operator = await adminToken(api, getContainer());
      for (const shop of [a, b]) {
        await api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'approve' }, bearer(operator));
      }
      const created = (await api.post('/vendor/products', productBody(productA), bearer(a.token))).data
        .product;
      const market = await ensureMarketplace(getContainer());
      const placed = await checkout(
        api,
        market.publishableKey,
        market.regionId,
        [{ variant_id: created.variants[0].id, quantity: 1 }],
        'vietqr',
      );
      // A's batch and stamps, made through A's own vendor routes.
      const batch = (await api.post(`/vendor/registry-products/${productA}/batches`, BATCH, bearer(a.token)))
        .data;
      const issuance = (
        await api.post(
          `/vendor/batches/${batch.id}/stamps`,
          { count: 5 },
          {
            headers: { ...bearer(a.token).headers, 'idempotency-key': 'a-first-run' },
          },
        )
      ).data;
      const ids = {
        id: created.id,
        variant_id: created.variants[0].id,
        order_id: placed.orders[0].id,
        registry_product_id: productA,
        batch_id: batch.id,
        issuance_id: issuance.id,
      };

      for (const c of CASES) {
        const url = c.route.replace(/:(\w+)/g, (_, k: keyof typeof ids) => ids[k]);
        const call =
          c.method === 'GET'
            ? api.get(url, bearer(b.token))
            : c.method === 'DELETE'
              ? api.delete(url, bearer(b.token))
              : api.post(url, c.body, bearer(b.token));
        const response = await settle(call);
        expect([c.method, c.route, response.status]).toEqual([c.method, c.route, 404]);
        // Anonymous callers and customers are not shop members at all.
        const anonymous = await settle(
          c.method === 'GET' ? api.get(url) : c.method === 'DELETE' ? api.delete(url) : api.post(url, c.body),
        );
        expect([c.method, c.route, anonymous.status]).toEqual([c.method, c.route, 401]);
      }

      // B's list holds none of A's products; A's product is unchanged.
      expect((await api.get('/vendor/products', bearer(b.token))).data).toMatchObject({
        products: [],
        count: 0,
      });
      const mine = (await api.get(`/vendor/products/${created.id}`, bearer(a.token))).data.product;
      expect(mine.title).toBe(created.title);
      expect(mine.variants[0]).toMatchObject({ price: 125_000, inventory_quantity: 40 });
    });

    it('lets a shop manage its own product: edit, re-price, restock, delete', async () => {
      const producer = await registryProducer();
      const registryId = await registryProduct(producer);
      await certify(registryId);
      const shop = await registerShop(api, 'shop-own', producer);
      const operator = await adminToken(api, getContainer());
      await api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'approve' }, bearer(operator));
      const created = (await api.post('/vendor/products', productBody(registryId), bearer(shop.token))).data
        .product;
      expect(created.variants.map((v: any) => [v.title, v.price, v.inventory_quantity])).toEqual([
        ['Hũ 500g', 125_000, 40],
        ['Hũ 1kg', 230_000, 10],
      ]);

      const renamed = await api.post(
        `/vendor/products/${created.id}`,
        { title: 'Mắm cá linh Châu Đốc – hũ thủy tinh' },
        bearer(shop.token),
      );
      expect(renamed.data.product.title).toBe('Mắm cá linh Châu Đốc – hũ thủy tinh');
      const variant = created.variants[0].id;
      const repriced = await api.post(
        `/vendor/products/${created.id}/variants/${variant}`,
        { price: 119_000, inventory_quantity: 75 },
        bearer(shop.token),
      );
      expect(repriced.data.product.variants[0]).toMatchObject({ price: 119_000, inventory_quantity: 75 });
      const store = {
        headers: { 'x-publishable-api-key': (await ensureMarketplace(getContainer())).publishableKey },
      };
      expect((await api.get('/store/ocop/products', store)).data.products[0].price).toBe(119_000);

      const fractional = await settle(
        api.post(`/vendor/products/${created.id}/variants/${variant}`, { price: 1000.5 }, bearer(shop.token)),
      );
      expect(fractional.status).toBe(400);

      expect((await api.delete(`/vendor/products/${created.id}`, bearer(shop.token))).data.deleted).toBe(
        true,
      );
      expect((await settle(api.get(`/vendor/products/${created.id}`, bearer(shop.token)))).status).toBe(404);
      expect((await api.get('/store/ocop/products', store)).data.count).toBe(0);
      // The listing is kept, deleted: a later return of a past order still names its registry product.
      const kept = await getContainer()
        .resolve<CatalogModuleService>(CATALOG_MODULE)
        .listListings({ product_id: created.id }, { withDeleted: true });
      expect(kept.map((l) => Boolean(l.deleted_at))).toEqual([true]);
    });

    it('keeps the operator routes closed to shop members', async () => {
      const producer = await registryProducer();
      const shop = await registerShop(api, 'shop-self-approve', producer);
      const self = await settle(
        api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'approve' }, bearer(shop.token)),
      );
      expect(self.status).toBe(401);
      expect((await api.get('/vendor/me', bearer(shop.token))).data.seller.status).toBe('pending');
    });
  },
});
