import { Modules } from '@medusajs/framework/utils';
import { ORDER_REFERENCE_PATTERN } from '../../src/lib/orders/order-reference';
import { ensureMarketplace, type Marketplace } from '../../src/lib/sellers/marketplace';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { adminToken, approvedShopWithProduct, bearer, checkout, SHIPPING_ADDRESS, settle } from './helpers';

jest.setTimeout(240_000);

/** Issue 11's checkout, webhook, URL, header and bad-input findings, each as an attack. */
ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Marketplace;
    /** A new shop for each test: the runner restores the database before every test. */
    const aShop = async () =>
      approvedShopWithProduct(api, await adminToken(api, getContainer()), 'mam-gia-doi', {
        variants: [{ title: 'Hũ 500g', price: 10_000, inventory_quantity: 40 }],
      });
    const store = () => ({ headers: { 'x-publishable-api-key': market.publishableKey } });

    beforeAll(async () => {
      market = await ensureMarketplace(getContainer());
    });

    it('charges the current price: a raise after add-to-cart answers 409 with the change, then 201 at 90.000', async () => {
      const shop = await aShop();
      const variant = shop.product.variants[0];
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, store())).data.cart;
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, store());
      await api.post(
        `/store/carts/${cart.id}`,
        { email: 'lan@mail.vn', shipping_address: SHIPPING_ADDRESS },
        store(),
      );
      const groups = (await api.get(`/store/ocop/carts/${cart.id}/shipping-options`, store())).data.groups;
      const shipping = groups.map((g: any) => ({
        seller_id: g.seller.id,
        shipping_option_id: g.shipping_options[0].id,
      }));
      await api.post(
        `/vendor/products/${shop.product.id}/variants/${variant.id}`,
        { price: 90_000 },
        bearer(shop.token),
      );

      const body = { cart_id: cart.id, shipping, payment_method: 'cod' };
      const first = await settle(api.post('/store/ocop/checkout', body, store()));
      expect(first.status).toBe(409);
      expect(first.data).toEqual({
        type: 'price_changed',
        code: 'price_changed',
        message: expect.any(String),
        changes: [
          {
            variant_id: variant.id,
            title: expect.any(String),
            old_unit_price: 10_000,
            new_unit_price: 90_000,
          },
        ],
      });
      const second = await settle(api.post('/store/ocop/checkout', body, store()));
      expect(second.status).toBe(201);
      const order = second.data.orders[0];
      const charged = await getContainer()
        .resolve(Modules.ORDER)
        .retrieveOrder(order.id, { relations: ['items'] });
      expect(charged.items?.map((i) => Number(i.unit_price))).toEqual([90_000]);
      expect(order.reference).toMatch(ORDER_REFERENCE_PATTERN);
    });

    it('lets only the operator confirm a VietQR transfer, for the exact amount; the producer sees the status', async () => {
      const operator = await adminToken(api, getContainer());
      const shop = await approvedShopWithProduct(api, operator, 'mam-chuyen-khoan', {
        variants: [{ title: 'Hũ 500g', price: 10_000, inventory_quantity: 40 }],
      });
      const placed = await checkout(
        api,
        market.publishableKey,
        market.regionId,
        [{ variant_id: shop.product.variants[0].id, quantity: 2 }],
        'vietqr',
      );
      const order = placed.orders[0];
      const asked = order.vietqr.amount as number;
      expect(asked).toBe(order.total);

      // The producer cannot confirm money that arrives in the operator's account.
      const bySeller = await settle(
        api.post(`/vendor/orders/${order.id}/confirm-transfer`, {}, bearer(shop.token)),
      );
      expect(bySeller.status).toBe(403);
      expect(bySeller.data.type).toBe('not_operator');
      // Nor can anybody without an admin session.
      const confirm = (body: object, token?: string) =>
        settle(api.post('/admin/ocop/transfers', body, token ? bearer(token) : undefined));
      expect((await confirm({ reference: order.reference, amount: asked }, shop.token)).status).toBe(401);
      expect((await confirm({ reference: order.reference, amount: asked })).status).toBe(401);

      // The operator, from its statement: a short transfer is not a payment.
      const short = await confirm({ reference: order.reference, amount: asked - 1_000 }, operator);
      expect([short.status, short.data.type]).toEqual([409, 'amount_mismatch']);
      expect((await confirm({ reference: 'OCOP000000-9', amount: asked }, operator)).status).toBe(404);
      expect((await confirm({ reference: order.reference, amount: 1.5 }, operator)).status).toBe(400);
      const awaiting = await api.get('/admin/ocop/transfers', bearer(operator));
      expect(awaiting.data.transfers.map((t: any) => t.reference)).toContain(order.reference);

      const ok = await confirm(
        { reference: order.reference.toLowerCase(), amount: asked, bank_transaction_id: 'FT2633700001' },
        operator,
      );
      expect(ok.status).toBe(200);
      expect(ok.data).toMatchObject({
        already_confirmed: false,
        transfer: { reference: order.reference, transfer_amount: asked, bank_transaction_id: 'FT2633700001' },
      });
      const again = await confirm({ reference: order.reference, amount: asked }, operator);
      expect(again.data.already_confirmed).toBe(true);
      expect(again.data.transfer.transfer_confirmed_at).toBe(ok.data.transfer.transfer_confirmed_at);
      const after = await api.get('/admin/ocop/transfers', bearer(operator));
      expect(after.data.transfers.map((t: any) => t.reference)).not.toContain(order.reference);

      const seen = await api.get(`/vendor/orders/${order.id}`, bearer(shop.token));
      expect(seen.data.order.transfer_confirmed_at).toBe(ok.data.transfer.transfer_confirmed_at);
      // Confirmed means paid in Medusa's Payment Module: the VietQR payment is captured, once.
      expect(seen.data.order.payment).toMatchObject({ status: 'captured', amount: asked });
      const payments = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPayments({}, { relations: ['captures'] });
      const mine = payments.filter(
        (p) => p.provider_id === 'pp_vietqr_ocop' && (p.data as any)?.reference === order.reference,
      );
      expect(mine.map((p) => p.captures?.length)).toEqual([1]);
    });

    it('gives every checkout its own reference', async () => {
      const shop = await aShop();
      const variant = shop.product.variants[0];
      const refs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const placed = await checkout(api, market.publishableKey, market.regionId, [
          { variant_id: variant.id, quantity: 1 },
        ]);
        refs.push(...placed.orders.map((o: any) => o.reference));
      }
      expect(new Set(refs).size).toBe(5);
      for (const ref of refs) expect(ref).toMatch(ORDER_REFERENCE_PATTERN);
    });

    it('refuses javascript: and other non-web URLs as product images', async () => {
      const shop = await aShop();
      for (const url of [
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '//evil.example/a.png',
      ]) {
        const thumb = await settle(
          api.post(`/vendor/products/${shop.product.id}`, { thumbnail: url }, bearer(shop.token)),
        );
        expect([url, thumb.status]).toEqual([url, 400]);
        const images = await settle(
          api.post(`/vendor/products/${shop.product.id}`, { images: [{ url }] }, bearer(shop.token)),
        );
        expect([url, images.status]).toEqual([url, 400]);
      }
      const ok = await settle(
        api.post(
          `/vendor/products/${shop.product.id}`,
          { thumbnail: '/media/demo/mam.svg' },
          bearer(shop.token),
        ),
      );
      expect(ok.status).toBe(200);
    });

    it('answers 404 to a webhook for a payment provider that is not configured (Stripe is off here)', async () => {
      const r = await settle(api.post('/hooks/payment/stripe_stripe', { type: 'payment_intent.succeeded' }));
      expect(r.status).toBe(404);
      expect(r.data.type).toBe('payment_provider_not_configured');
      expect((await settle(api.post('/hooks/payment/system_default', {}))).status).toBe(404);
    });

    it('sends security headers on API answers, errors included, and no X-Powered-By', async () => {
      for (const r of [
        await settle(api.get('/store/ocop/products', store())),
        await settle(api.get('/store/ocop/products')),
        await settle(api.post('/auth/customer/emailpass', { email: 'a@b.vn', password: 'x' })),
        await settle(api.get('/vendor/me')),
      ]) {
        expect(r.headers['x-content-type-options']).toBe('nosniff');
        expect(r.headers['referrer-policy']).toBe('no-referrer');
        expect(r.headers['x-frame-options']).toBe('DENY');
        expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(r.headers['x-powered-by']).toBeUndefined();
        // BACKEND_PUBLIC_URL is http here: no HSTS.
        expect(r.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it("answers every request with its id: the caller's when safe to log, else a new one", async () => {
      const given = await settle(
        api.get('/store/ocop/products', { headers: { ...store().headers, 'x-request-id': 'shop-req-0042' } }),
      );
      expect(given.headers['x-request-id']).toBe('shop-req-0042');
      const forged = await settle(
        api.get('/store/ocop/products', { headers: { ...store().headers, 'x-request-id': 'a" "level":60' } }),
      );
      expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // Errors answered before any route carry one too.
      expect((await settle(api.get('/vendor/me'))).headers['x-request-id']).toBeTruthy();
    });

    it('answers bad input with 400 and a code, never a 500 with internal text', async () => {
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, store())).data.cart;
      const cases: [string, Promise<any>, string][] = [
        [
          'NUL in a body',
          settle(api.post(`/store/carts/${cart.id}`, { email: 'a\u0000@b.vn' }, store())),
          'invalid_text',
        ],
        [
          'lone surrogate in a body',
          settle(
            api.post(`/store/carts/${cart.id}`, '{"email":"\\ud800@b.vn"}', {
              headers: { ...store().headers, 'content-type': 'application/json' },
            }),
          ),
          'invalid_text',
        ],
        ['NUL in a query', settle(api.get('/store/ocop/products?q=m%00m', store())), 'invalid_text'],
        ['%C0%AE in a vendor path', settle(api.get('/vendor/products/%C0%AE')), 'invalid_path'],
        [
          'huge min_price',
          settle(api.get('/store/ocop/products?min_price=2147483648', store())),
          'invalid_data',
        ],
        [
          '5,000-deep JSON to the vendor proxy',
          settle(
            api.post('/vendor/registry-products/rp_1/batches', `${'['.repeat(5000)}${']'.repeat(5000)}`, {
              headers: { 'content-type': 'application/json' },
            }),
          ),
          'too_deep',
        ],
      ];
      for (const [name, call, type] of cases) {
        const r = await call;
        expect([name, r.status, r.data?.type]).toEqual([name, 400, type]);
        expect(JSON.stringify(r.data)).not.toMatch(/byte sequence|at .*\.js|stack/i);
      }
    });

    it('answers concurrent edits of one cart with success or 409 conflict, never 500', async () => {
      const shop = await aShop();
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, store())).data.cart;
      const variant = shop.product.variants[0];
      const results = await Promise.all(
        Array.from({ length: 12 }, () =>
          settle(
            api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, store()),
          ),
        ),
      );
      const statuses = results.map((r) => r.status);
      console.log(`concurrent cart edits: ${statuses.join(' ')}`);
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
      for (const r of results.filter((x) => x.status === 409)) expect(r.data.type).toBe('conflict');
    });
  },
});
