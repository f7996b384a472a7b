import { createHmac } from 'node:crypto';
import { syncAllListings } from '../../src/lib/catalog/catalog-sync';
import {
  ensureRegistrySubscription,
  signRegistryDelivery,
} from '../../src/lib/registry/registry-subscription';
import { ensureMarketplace, type Marketplace } from '../../src/lib/sellers/marketplace';
import { CATALOG_MODULE } from '../../src/modules/catalog';
import type CatalogModuleService from '../../src/modules/catalog/service';
import { ocopIntegrationTestRunner } from '../setup/runner';
import {
  adminToken,
  bearer,
  certify,
  productBody,
  registerShop,
  registryProducer,
  registryProduct,
  revoke,
  settle,
  until,
} from './helpers';

jest.setTimeout(240_000);

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Marketplace;
    let operator: string;
    const store = () => ({ headers: { 'x-publishable-api-key': market.publishableKey } });
    const storeProductIds = async () =>
      ((await api.get('/store/products?limit=100', store())).data.products as { id: string }[]).map(
        (p) => p.id,
      );
    const ocopProducts = async (query = '') =>
      (await api.get(`/store/ocop/products${query}`, store())).data as { products: any[]; count: number };

    beforeAll(async () => {
      market = await ensureMarketplace(getContainer());
    });

    /** A certified registry product and an approved shop selling it. */
    async function approvedShopWithProduct(handle: string) {
      const producerId = await registryProducer();
      const registryProductId = await registryProduct(producerId);
      const certificate = await certify(registryProductId);
      const shop = await registerShop(api, handle, producerId);
      operator ??= await adminToken(api, getContainer());
      const created = await api.post('/vendor/products', productBody(registryProductId), bearer(shop.token));
      const approved = await api.post(
        `/admin/sellers/${shop.seller.id}/status`,
        { action: 'approve' },
        bearer(operator),
      );
      expect(approved.status).toBe(200);
      return { ...shop, producerId, registryProductId, certificate, product: created.data.product };
    }

    it('is set up for Vietnam: VND, tax-inclusive, one sales channel and a storefront key', async () => {
      const again = await ensureMarketplace(getContainer());
      expect(again).toEqual(market);
      const regions = (await api.get('/store/regions', store())).data.regions;
      expect(regions).toHaveLength(1);
      expect(regions[0]).toMatchObject({ name: 'Việt Nam', currency_code: 'vnd' });
      expect(regions[0].countries.map((c: any) => c.iso_2)).toEqual(['vn']);
    });

    it('offers a product only once its shop is approved, with the proof read from the registry', async () => {
      const producerId = await registryProducer();
      const registryProductId = await registryProduct(producerId);
      const certificate = await certify(registryProductId);
      const shop = await registerShop(api, 'mam-ba-giao', producerId);
      const created = await api.post('/vendor/products', productBody(registryProductId), bearer(shop.token));
      expect(created.status).toBe(201);
      expect(created.data.product.ocop).toMatchObject({
        sellable: false,
        unsellable_reason: 'The shop is pending.',
        certificate_number: certificate.number,
        stars: certificate.stars,
        certificate_status: 'active',
      });
      expect(await storeProductIds()).not.toContain(created.data.product.id);
      expect((await ocopProducts()).products).toHaveLength(0);

      operator = await adminToken(api, getContainer());
      await api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'approve' }, bearer(operator));
      expect(await storeProductIds()).toContain(created.data.product.id);
      const listed = await ocopProducts();
      expect(listed.count).toBe(1);
      expect(listed.products[0]).toMatchObject({
        id: created.data.product.id,
        price: 125_000,
        currency_code: 'vnd',
        stars: certificate.stars,
        certificate_number: certificate.number,
        issuer_name: 'UBND tỉnh An Giang',
        province: 'An Giang',
        seller_handle: 'mam-ba-giao',
      });
      // Approval gave the shop a warehouse and a shipping option of its own.
      const options = await api.get(`/admin/shipping-options`, bearer(operator));
      expect(options.data.shipping_options.map((o: any) => o.name)).toContain(
        'Giao hàng tiêu chuẩn – Cửa hàng mam-ba-giao',
      );

      // Suspending the shop takes its products out; reinstating brings them back.
      await api.post(
        `/admin/sellers/${shop.seller.id}/status`,
        { action: 'suspend', reason: 'Hồ sơ đang được kiểm tra' },
        bearer(operator),
      );
      expect(await storeProductIds()).not.toContain(created.data.product.id);
      await api.post(`/admin/sellers/${shop.seller.id}/status`, { action: 'reinstate' }, bearer(operator));
      expect(await storeProductIds()).toContain(created.data.product.id);
    });

    it('takes a product out within 60 s of its certificate being revoked, and back when re-certified', async () => {
      const shop = await approvedShopWithProduct('ca-linh-tan-chau');
      const id = shop.product.id as string;
      expect(await storeProductIds()).toContain(id);
      await ensureRegistrySubscription({
        secret: process.env.REGISTRY_WEBHOOK_SECRET,
        publicUrl: api.defaults.baseURL,
        name: `backend-it-${process.pid}`,
      });

      await revoke(shop.certificate.id);
      const gone = await until(storeProductIds, (ids) => !ids.includes(id), 60_000);
      expect(gone.ms).toBeLessThan(60_000);
      const mine = await api.get(`/vendor/products/${id}`, bearer(shop.token));
      expect(mine.data.product.ocop).toMatchObject({
        sellable: false,
        certificate_status: 'revoked',
        unsellable_reason: 'The OCOP certificate is revoked.',
      });

      const renewed = await certify(shop.registryProductId, new Date().toISOString());
      await until(storeProductIds, (ids) => ids.includes(id), 60_000);
      expect((await ocopProducts()).products[0].certificate_number).toBe(renewed.number);
    });

    it("follows a shop's product changed or deleted in Medusa's admin, not only in the portal", async () => {
      const shop = await approvedShopWithProduct('nem-lai-vung');
      const id = shop.product.id;
      await until(storeProductIds, (ids) => ids.includes(id), 10_000);
      const inCatalog = async () => (await ocopProducts()).products.some((p) => p.id === id);
      expect(await inCatalog()).toBe(true);
      // The operator unpublishes it in Medusa's admin: the product.updated subscriber delists it.
      await api.post(`/admin/products/${id}`, { status: 'draft' }, bearer(operator));
      await until(inCatalog, (listed) => !listed, 10_000);
      expect(await storeProductIds()).not.toContain(id);
      await api.post(`/admin/products/${id}`, { status: 'published' }, bearer(operator));
      await until(inCatalog, (listed) => listed, 10_000);
      // Deleted there: no listing is left to offer a product that no longer exists.
      await api.delete(`/admin/products/${id}`, bearer(operator));
      const catalog = getContainer().resolve<CatalogModuleService>(CATALOG_MODULE);
      await until(
        () => catalog.listListings({ product_id: id }),
        (rows) => rows.length === 0,
        10_000,
      );
      expect(await inCatalog()).toBe(false);
    });

    it('catches a missed event in the scheduled reconciliation', async () => {
      const shop = await approvedShopWithProduct('gao-nang-nhen');
      // The registry's deliveries fail, as when the backend is down or unreachable.
      await ensureRegistrySubscription({
        secret: process.env.REGISTRY_WEBHOOK_SECRET,
        publicUrl: 'http://127.0.0.1:9',
        name: `backend-it-${process.pid}`,
      });
      await revoke(shop.certificate.id);
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await storeProductIds()).toContain(shop.product.id);
      const result = await syncAllListings(getContainer());
      expect(result.delisted).toEqual([shop.product.id]);
      expect(await storeProductIds()).not.toContain(shop.product.id);
    });

    it('refuses a registry product of another producer, and publishing without a certificate in force', async () => {
      const mine = await registryProducer();
      const theirs = await registryProducer('HTX Đường thốt nốt');
      const theirProduct = await registryProduct(theirs, 'Đường thốt nốt');
      await certify(theirProduct);
      const uncertified = await registryProduct(mine, 'Khô cá lóc');
      const shop = await registerShop(api, 'kho-ca-loc', mine);

      const stolen = await settle(
        api.post('/vendor/products', productBody(theirProduct), bearer(shop.token)),
      );
      expect(stolen.status).toBe(400);
      expect(stolen.data.message).toMatch(/no such product for your producer/);

      const early = await settle(api.post('/vendor/products', productBody(uncertified), bearer(shop.token)));
      expect(early.status).toBe(400);
      expect(early.data.message).toMatch(/certificate in force/);

      const draft = await api.post(
        '/vendor/products',
        productBody(uncertified, { status: 'draft' }),
        bearer(shop.token),
      );
      expect(draft.data.product.ocop).toMatchObject({ sellable: false, certificate_status: 'none' });
      const publish = await settle(
        api.post(`/vendor/products/${draft.data.product.id}`, { status: 'published' }, bearer(shop.token)),
      );
      expect(publish.status).toBe(400);

      // Stars cannot be typed by the producer: the body is strict.
      const typed = await settle(
        api.post('/vendor/products', { ...productBody(uncertified), stars: 5 }, bearer(shop.token)),
      );
      expect(typed.status).toBe(400);
    });

    it('accepts only webhook calls signed with the shared secret, with a fresh time, once', async () => {
      const secret = process.env.REGISTRY_WEBHOOK_SECRET as string;
      const body = JSON.stringify({
        id: `${Date.now()}`,
        topic: 'certificate.revoked',
        data: { productId: 'x' },
      });
      const post = (headers: Record<string, string>) =>
        fetch(`${api.defaults.baseURL}/hooks/registry`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
      // Unsigned, signed with another secret, and the old v1 form without a time: refused.
      expect((await post({})).status).toBe(401);
      expect((await post(signRegistryDelivery(body, 'not-the-secret'))).status).toBe(401);
      const legacy = createHmac('sha256', secret).update(body).digest('hex');
      expect((await post({ 'x-ocop-signature': `sha256=${legacy}` })).status).toBe(401);
      // A delivery signed ten minutes ago (a captured one sent again later): stale.
      const old = await post(signRegistryDelivery(body, secret, new Date(Date.now() - 10 * 60_000)));
      expect(old.status).toBe(401);
      expect(((await old.json()) as { type: string }).type).toBe('stale_signature');
      // Re-signing an old body with a new time needs the secret; a changed time breaks the signature.
      const signed = signRegistryDelivery(body, secret);
      const moved = { ...signed, 'x-ocop-timestamp': String(Number(signed['x-ocop-timestamp']) + 1) };
      expect((await post(moved)).status).toBe(401);
      const ok = await post(signed);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ synced: 0 });
      // The same delivery replayed within the window: taken as a duplicate, nothing done again.
      const replay = await post(signed);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toMatchObject({ duplicate: true });
    });

    it('validates the listing query', async () => {
      const bad = await settle(api.get('/store/ocop/products?stars=7&sort=cheap', store()));
      expect(bad.status).toBe(400);
      expect(bad.data.message).toMatch(/stars|sort/);
    });
  },
});
