import { Modules } from '@medusajs/framework/utils';
import { orderGroupLinks, orderGroupsWithOrders } from '../../src/lib/orders/order-groups';
import { deliverSalesEvents } from '../../src/lib/orders/sales-outbox';
import { parseTlv } from '../../src/lib/payments/vietqr';
import { RegistryClient, registryConfigFromEnv } from '../../src/lib/registry/registry-client';
import { ensureMarketplace, type Marketplace } from '../../src/lib/sellers/marketplace';
import linkOrderGroups from '../../src/migration-scripts/link-order-groups';
import { MARKETPLACE_MODULE } from '../../src/modules/marketplace';
import type MarketplaceModuleService from '../../src/modules/marketplace/service';
import { ocopIntegrationTestRunner } from '../setup/runner';
import {
  adminToken,
  approvedShopWithProduct,
  bearer,
  fromClient,
  registry,
  SHIPPING_ADDRESS,
  settle,
} from './helpers';

jest.setTimeout(240_000);

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let market: Marketplace;
    const store = () => ({ headers: { 'x-publishable-api-key': market.publishableKey } });

    beforeAll(async () => {
      market = await ensureMarketplace(getContainer());
      // Say what a failing call answered, not only its status.
      api.interceptors.response.use(undefined, (e: any) => {
        if (e.response) e.message = `${e.message}: ${JSON.stringify(e.response.data)}`;
        return Promise.reject(e);
      });
    });

    /** Two producers' shops and a cart with one product of each, ready to check out. */
    async function twoProducerCart() {
      const operator = await adminToken(api, getContainer());
      const mam = await approvedShopWithProduct(api, operator, 'mam-chau-doc');
      const duong = await approvedShopWithProduct(api, operator, 'duong-thot-not', {
        title: 'Đường thốt nốt Tri Tôn',
        variants: [{ title: 'Túi 1kg', price: 95_000, inventory_quantity: 30 }],
      });
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, store())).data.cart;
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: mam.product.variants[0].id, quantity: 2 },
        store(),
      );
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: duong.product.variants[0].id, quantity: 1 },
        store(),
      );
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
      return { cart, mam, duong, groups, shipping };
    }

    it('completes a two-producer cart into exactly two orders, once, however often it is retried', async () => {
      const { cart, mam, duong, groups, shipping } = await twoProducerCart();
      expect(groups).toHaveLength(2);
      expect(groups.every((g: any) => g.shipping_options[0].amount === 30_000)).toBe(true);

      const body = { cart_id: cart.id, shipping, payment_method: 'cod' };
      // Two clicks at once: the lock serialises them, the group makes the second a no-op.
      const [first, second] = await Promise.all([
        api.post('/store/ocop/checkout', body, store()),
        api.post('/store/ocop/checkout', body, store()),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 201]);
      expect(second.data.order_group.id).toBe(first.data.order_group.id);
      const again = await api.post('/store/ocop/checkout', body, store());
      expect(again.status).toBe(200);
      expect(again.data.order_group.order_ids.sort()).toEqual(first.data.order_group.order_ids.sort());

      const orders = first.data.orders as any[];
      expect(orders).toHaveLength(2);
      const bySeller = Object.fromEntries(orders.map((o) => [o.seller.handle, o]));
      expect(bySeller['mam-chau-doc']).toMatchObject({ total: 2 * 125_000 + 30_000, payment_method: 'cod' });
      expect(bySeller['duong-thot-not']).toMatchObject({ total: 95_000 + 30_000, payment_method: 'cod' });
      const count = await dbConnection.raw('select count(*)::int as n from "order" where deleted_at is null');
      expect(count.rows[0].n).toBe(2);

      // The confirmation page reads the same orders back with the group and its cart; the group
      // id alone, or with another cart, shows nothing.
      const group = first.data.order_group.id;
      const readBack = await api.get(`/store/ocop/order-groups/${group}?cart_id=${cart.id}`, store());
      expect(readBack.status).toBe(200);
      expect(readBack.data.order_group).toEqual(first.data.order_group);
      expect(readBack.data.orders.map((o: any) => o.id).sort()).toEqual(orders.map((o) => o.id).sort());
      const other = (await api.post('/store/carts', { region_id: market.regionId }, store())).data.cart;
      for (const url of [
        `/store/ocop/order-groups/${group}?cart_id=${other.id}`,
        `/store/ocop/order-groups/ogrp_unknown?cart_id=${cart.id}`,
      ]) {
        expect((await settle(api.get(url, store()))).status).toBe(404);
      }
      expect((await settle(api.get(`/store/ocop/order-groups/${group}`, store()))).status).toBe(400);

      // The stock is reserved at each producer's own warehouse.
      const mine = (
        await api.get(`/vendor/products/${mam.product.id}`, {
          headers: { authorization: `Bearer ${mam.token}` },
        })
      ).data.product;
      expect(mine.variants[0]).toMatchObject({ inventory_quantity: 40, reserved_quantity: 2 });
      expect(duong.product.id).toBeTruthy();
    });

    it("links a checkout's orders to its group, and links those of older checkouts once at migration", async () => {
      const { cart, shipping } = await twoProducerCart();
      const placed = await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'cod' },
        store(),
      );
      const groupId = placed.data.order_group.id;
      const [group] = await orderGroupsWithOrders(getContainer(), { id: groupId });
      expect(group?.order_ids).toEqual(placed.data.order_group.order_ids);
      // A checkout from before the link: only the group's order_ids column knows its orders.
      const link = getContainer().resolve('link');
      await link.dismiss(orderGroupLinks(groupId, placed.data.order_group.order_ids));
      expect((await orderGroupsWithOrders(getContainer(), { id: groupId }))[0]?.order_ids).toEqual([]);
      await linkOrderGroups({ container: getContainer(), args: [] } as never);
      await linkOrderGroups({ container: getContainer(), args: [] } as never);
      expect((await orderGroupsWithOrders(getContainer(), { id: groupId }))[0]?.order_ids).toEqual(
        placed.data.order_group.order_ids,
      );
      const again = await api.get(`/store/ocop/order-groups/${groupId}?cart_id=${cart.id}`, store());
      expect(again.data.orders.map((o: any) => o.id)).toEqual(placed.data.order_group.order_ids);
    });

    it('puts each sale in the registry ledger once, even when delivery dies after sending', async () => {
      const { cart, mam, duong, shipping } = await twoProducerCart();
      await api.post('/store/ocop/checkout', { cart_id: cart.id, shipping, payment_method: 'cod' }, store());
      const outbox = await dbConnection.raw('select event_id from ocop_sales_outbox order by event_id');
      expect(outbox.rows).toHaveLength(2);

      // The first delivery reaches the registry, then the worker dies before marking anything:
      // every event is still pending. While it sends, no row is locked and no transaction is
      // open (claim, send, mark): another connection can lock the rows at once.
      let sent = 0;
      const lockedDuringSend: string[] = [];
      const dying = new RegistryClient(registryConfigFromEnv(), async (url, init) => {
        const response = await fetch(url, init);
        sent++;
        const probe = await dbConnection.transaction(async (trx: any) => {
          await trx.raw("set local lock_timeout = '200ms'");
          return trx.raw('select id from ocop_sales_outbox for update').then(
            () => 'free',
            (e: Error) => e.message,
          );
        });
        if (probe !== 'free') lockedDuringSend.push(probe);
        throw new Error(`worker killed after send #${sent} (${response.status})`);
      });
      const crashed = await deliverSalesEvents(getContainer(), { client: dying });
      expect(crashed).toMatchObject({ delivered: 0, retrying: 2 });
      expect(sent).toBe(2);
      expect(lockedDuringSend).toEqual([]);

      // Restarted later (past the backoff): both are sent again, recorded once.
      const later = () => new Date(Date.now() + 60_000);
      expect(await deliverSalesEvents(getContainer(), { now: later })).toMatchObject({
        delivered: 2,
        retrying: 0,
      });
      expect(await deliverSalesEvents(getContainer(), { now: later })).toMatchObject({ delivered: 0 });

      // The ledger counts by day in Asia/Ho_Chi_Minh (UTC+7).
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      for (const [shop, quantity, amount] of [
        [mam, 2, 250_000],
        [duong, 1, 95_000],
      ] as const) {
        const summary = await registry(
          'GET',
          `/v1/sales/summary?from=${today}&to=${today}&groupBy=product&producerId=${shop.producerId}`,
        );
        expect(summary.rows).toEqual([
          { key: shop.registryProductId, quantity, amountVnd: amount, events: 1 },
        ]);
      }
    });

    it('gives a VietQR order a valid transfer payload for its own total and reference', async () => {
      const { cart, shipping } = await twoProducerCart();
      const result = await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'vietqr' },
        store(),
      );
      for (const order of result.data.orders) {
        const fields = parseTlv(order.vietqr.payload);
        expect(fields.get('54')).toBe(String(order.total));
        expect(parseTlv(fields.get('62') as string).get('08')).toBe(order.reference.replace('-', ' '));
        expect(order.vietqr).toMatchObject({ bank_bin: '970405', account_number: '1600205123456' });
        // The instructions are the order's VietQR payment session in Medusa's Payment Module.
        expect(order.payment).toEqual({
          status: 'awaiting_transfer',
          amount: order.total,
          captured_at: null,
        });
      }
    });

    it("keeps each order's cash on delivery in Medusa's Payment Module: authorised, captured on delivery, refunded for returns, canceled with the order", async () => {
      const { cart, mam, duong, shipping } = await twoProducerCart();
      const placed = await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'cod' },
        store(),
      );
      // One collection per order, linked to it, with its own amount and an authorised payment.
      const query = getContainer().resolve('query');
      const { data: linked } = await query.graph({
        entity: 'order',
        fields: ['id', 'total', 'payment_collections.amount', 'payment_collections.payments.provider_id'],
        filters: { id: placed.data.order_group.order_ids },
      });
      expect(linked).toHaveLength(2);
      for (const o of linked as any[]) {
        expect(o.payment_collections).toHaveLength(1);
        expect(Number(o.payment_collections[0].amount)).toBe(Number(o.total));
        expect(o.payment_collections[0].payments.map((p: any) => p.provider_id)).toEqual(['pp_cod_ocop']);
      }
      const [mamOrder] = (await api.get('/vendor/orders', bearer(mam.token))).data.orders;
      const [duongOrder] = (await api.get('/vendor/orders', bearer(duong.token))).data.orders;
      expect(mamOrder.payment).toMatchObject({ status: 'authorized', amount: 2 * 125_000 + 30_000 });

      // Delivery: only after shipping, only by the order's own shop, once.
      const deliver = (id: string, token: string) =>
        settle(api.post(`/vendor/orders/${id}/deliver`, {}, bearer(token)));
      const early = await deliver(mamOrder.id, mam.token);
      expect([early.status, early.data.code]).toEqual([400, 'order_not_shipped']);
      await api.post(`/vendor/orders/${mamOrder.id}/ship`, { tracking_number: 'VTP-1' }, bearer(mam.token));
      expect((await deliver(mamOrder.id, duong.token)).status).toBe(404);
      const delivered = await deliver(mamOrder.id, mam.token);
      expect(delivered.status).toBe(200);
      expect(delivered.data.order.fulfilment).toBe('delivered');
      expect(delivered.data.order.payment).toMatchObject({ status: 'captured', refunded: 0 });
      expect(delivered.data.order.payment.captured_at).toEqual(expect.any(String));
      const twice = await deliver(mamOrder.id, mam.token);
      expect([twice.status, twice.data.code]).toEqual([409, 'order_delivered']);

      // A jar comes back: its price (not the delivery) is handed back, through Medusa's refund.
      const returned = await api.post(
        `/vendor/orders/${mamOrder.id}/returns`,
        { items: [{ id: mamOrder.items[0].id, quantity: 1 }] },
        bearer(mam.token),
      );
      expect(returned.data.order.payment).toMatchObject({ status: 'partially_refunded', refunded: 125_000 });

      // Canceling the other order cancels its authorised payment: no cash will be collected.
      const canceled = await api.post(
        `/vendor/orders/${duongOrder.id}/cancel`,
        { reason: 'Hết hàng' },
        bearer(duong.token),
      );
      expect(canceled.data.order.payment.status).toBe('canceled');
    });

    it('refuses a checkout that is incomplete, or names a shipping option of another shop', async () => {
      const { cart, shipping } = await twoProducerCart();
      const missing = await settle(
        api.post(
          '/store/ocop/checkout',
          { cart_id: cart.id, shipping: [shipping[0]], payment_method: 'cod' },
          store(),
        ),
      );
      expect(missing.status).toBe(400);
      expect(missing.data.message).toMatch(/Choose a delivery option/);
      // The code the storefront translates (@ocop/contracts SHOPPER_ERROR_CODES).
      expect(missing.data.code).toBe('shipping_option_missing');
      const swapped = shipping.map((s: any, i: number) => ({
        ...s,
        shipping_option_id: shipping[1 - i].shipping_option_id,
      }));
      const crossed = await settle(
        api.post(
          '/store/ocop/checkout',
          { cart_id: cart.id, shipping: swapped, payment_method: 'cod' },
          store(),
        ),
      );
      expect(crossed.status).toBe(400);
      expect(crossed.data.code).toBe('shipping_option_not_of_shop');
      const card = await settle(
        api.post('/store/ocop/checkout', { cart_id: cart.id, shipping, payment_method: 'card' }, store()),
      );
      expect(card.status).toBe(400);
      expect(card.data.code).toBe('card_not_started');
      const bad = await settle(
        api.post('/store/ocop/checkout', { cart_id: cart.id, shipping, payment_method: 'cash' }, store()),
      );
      expect(bad.status).toBe(400);
      // Nothing was written by the refused attempts.
      const rows = await dbConnection.raw(
        'select (select count(*) from "order")::int as orders, (select count(*) from ocop_sales_outbox)::int as events, (select count(*) from ocop_order_group)::int as groups, (select count(*) from payment_collection where deleted_at is null)::int as payments',
      );
      expect(rows.rows[0]).toEqual({ orders: 0, events: 0, groups: 0, payments: 0 });
      const ok = await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'cod' },
        store(),
      );
      expect(ok.status).toBe(201);
    });

    it('lets each producer ship or cancel only its own order, and cancellations reach the ledger', async () => {
      const { cart, mam, duong, shipping } = await twoProducerCart();
      await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'vietqr' },
        store(),
      );
      const [mamOrder] = (await api.get('/vendor/orders', bearer(mam.token))).data.orders;
      const [duongOrder] = (await api.get('/vendor/orders', bearer(duong.token))).data.orders;
      expect(mamOrder.items).toHaveLength(1);
      expect(duongOrder.items).toHaveLength(1);

      const shipped = await api.post(
        `/vendor/orders/${mamOrder.id}/ship`,
        { tracking_number: 'GHN-AG-000123', carrier: 'GHN' },
        bearer(mam.token),
      );
      expect(shipped.data.order.fulfilment).toBe('shipped');
      expect(shipped.data.order.fulfillments[0].labels[0].tracking_number).toBe('GHN-AG-000123');
      const lateCancel = await settle(
        api.post(`/vendor/orders/${mamOrder.id}/cancel`, { reason: 'Khách đổi ý' }, bearer(mam.token)),
      );
      expect(lateCancel.status).toBe(400);

      // The transfer went to the operator's account: the producer sees its status, nothing more
      // (the operator's confirmation is tested in checkout-security.spec.ts).
      const confirmed = await settle(
        api.post(`/vendor/orders/${mamOrder.id}/confirm-transfer`, {}, bearer(mam.token)),
      );
      expect([confirmed.status, confirmed.data.type]).toEqual([403, 'not_operator']);
      expect(mamOrder.transfer_confirmed_at).toBeNull();

      // One of the two jars comes back; the same return sent twice counts once.
      const line = mamOrder.items[0].id;
      const returnCall = () =>
        settle(
          api.post(
            `/vendor/orders/${mamOrder.id}/returns`,
            { items: [{ id: line, quantity: 1 }], note: 'Hũ bị nứt khi giao' },
            { headers: { ...bearer(mam.token).headers, 'idempotency-key': 'return-1' } },
          ),
        );
      expect((await returnCall()).status).toBe(201);
      const repeated = await returnCall();
      expect(repeated.status).toBeGreaterThanOrEqual(400);
      expect(repeated.status).toBeLessThan(500);
      const tooMany = await settle(
        api.post(
          `/vendor/orders/${mamOrder.id}/returns`,
          { items: [{ id: line, quantity: 5 }] },
          bearer(mam.token),
        ),
      );
      expect(tooMany.status).toBe(400);
      // One jar is left to return; three returns of it at once: one lands, two are refused, and
      // the order and the ledger's outbox agree (before the lock, two landed on the ledger and
      // one of them was lost on the order).
      const racing = await Promise.all(
        ['race-a', 'race-b', 'race-c'].map((key) =>
          settle(
            api.post(
              `/vendor/orders/${mamOrder.id}/returns`,
              { items: [{ id: line, quantity: 1 }] },
              { headers: { ...bearer(mam.token).headers, 'idempotency-key': key } },
            ),
          ),
        ),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([201, 400, 400]);
      const kept = await dbConnection.raw(
        `select jsonb_array_length(metadata->'ocop_returns') as returns,
                (select count(*)::int from ocop_sales_outbox
                 where payload->>'kind' = 'return' and payload->>'eventId' like 'order:' || o.id || ':%') as events
         from "order" o where o.id = ?`,
        [mamOrder.id],
      );
      expect(kept.rows[0]).toEqual({ returns: 2, events: 2 });

      const canceled = await api.post(
        `/vendor/orders/${duongOrder.id}/cancel`,
        { reason: 'Hết hàng vụ này' },
        bearer(duong.token),
      );
      expect(canceled.data.order).toMatchObject({ status: 'canceled', cancel_reason: 'Hết hàng vụ này' });
      const stock = (await api.get(`/vendor/products/${duong.product.id}`, bearer(duong.token))).data.product;
      expect(stock.variants[0].reserved_quantity).toBe(0);

      const later = () => new Date(Date.now() + 60_000);
      // The sales go first; each cancellation waits for the sale it undoes.
      expect(await deliverSalesEvents(getContainer(), { now: later })).toMatchObject({
        delivered: 2,
        failed: 0,
      });
      // Then the two returns of the jars and the cancellation.
      expect(await deliverSalesEvents(getContainer(), { now: later })).toMatchObject({
        delivered: 3,
        failed: 0,
      });
      // The ledger counts by day in Asia/Ho_Chi_Minh (UTC+7).
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const summary = async (producerId: string) =>
        (
          await registry(
            'GET',
            `/v1/sales/summary?from=${today}&to=${today}&groupBy=product&producerId=${producerId}`,
          )
        ).rows;
      expect(await summary(mam.producerId)).toEqual([
        // Two jars sold, both came back: nothing sold, three events.
        { key: mam.registryProductId, quantity: 0, amountVnd: 0, events: 3 },
      ]);
      const net = await summary(duong.producerId);
      expect(net.map((r: any) => [r.quantity, r.amountVnd])).toEqual([[0, 0]]);
    });

    it("keeps a checkout total past int4's 2,147,483,647 đồng (a wholesale order), exactly", async () => {
      const marketplace = getContainer().resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
      const total = 3_250_000_000;
      const [created] = await marketplace.createOcopOrderGroups([
        {
          cart_id: `cart_big_${Date.now()}`,
          payment_method: 'vietqr' as const,
          order_ids: [] as unknown as Record<string, unknown>,
          total,
        },
      ]);
      const [read] = await marketplace.listOcopOrderGroups({ id: created?.id });
      expect(Number(read?.total)).toBe(total);
      const stored = await dbConnection.raw(
        'select total::text as total from ocop_order_group where id = ?',
        [created?.id],
      );
      expect(stored.rows[0].total).toBe('3250000000');
    });

    it("shows a signed-in consumer their own orders and nobody else's", async () => {
      const token = async (email: string) => {
        const reg = await api.post(
          '/auth/customer/emailpass/register',
          { email, password: 'mat-khau-1234' },
          fromClient(),
        );
        await api.post(
          '/store/customers',
          { email, first_name: 'Lan' },
          { headers: { ...store().headers, authorization: `Bearer ${reg.data.token}` } },
        );
        return (await api.post('/auth/customer/emailpass', { email, password: 'mat-khau-1234' })).data
          .token as string;
      };
      const lan = await token('lan@mail.vn');
      const minh = await token('minh@mail.vn');
      const as = (t: string) => ({ headers: { ...store().headers, authorization: `Bearer ${t}` } });
      const operator = await adminToken(api, getContainer());
      const shop = await approvedShopWithProduct(api, operator, 'banh-pia');
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, as(lan))).data.cart;
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: shop.product.variants[0].id, quantity: 1 },
        as(lan),
      );
      await api.post(`/store/carts/${cart.id}`, { shipping_address: SHIPPING_ADDRESS }, as(lan));
      const groups = (await api.get(`/store/ocop/carts/${cart.id}/shipping-options`, store())).data.groups;
      const placed = await api.post(
        '/store/ocop/checkout',
        {
          cart_id: cart.id,
          shipping: [
            { seller_id: groups[0].seller.id, shipping_option_id: groups[0].shipping_options[0].id },
          ],
          payment_method: 'cod',
        },
        store(),
      );
      const mine = (await api.get('/store/orders', as(lan))).data.orders;
      expect(mine.map((o: any) => o.id)).toEqual(placed.data.order_group.order_ids);
      expect((await api.get('/store/orders', as(minh))).data.orders).toEqual([]);
      const peek = await settle(api.get(`/store/orders/${mine[0].id}`, as(minh)));
      expect(peek.status).toBe(404);
      expect((await settle(api.get(`/store/orders/${mine[0].id}`, store()))).status).toBe(404);
      expect((await api.get(`/store/orders/${mine[0].id}`, as(lan))).data.order.id).toBe(mine[0].id);
    });

    it('pays by card: one payment for all producers, authorised at checkout for the total', async () => {
      const { cart, shipping } = await twoProducerCart();
      const none = await settle(
        api.post('/store/ocop/checkout', { cart_id: cart.id, shipping, payment_method: 'card' }, store()),
      );
      expect(none.status).toBe(400);
      expect(none.data.message).toMatch(/Enter the card first/);

      const methods = (await api.get('/store/ocop/payment-methods', store())).data.payment_methods;
      expect(methods.map((m: any) => m.id)).toEqual(['cod', 'vietqr', 'card']);
      const started = await api.post(`/store/ocop/carts/${cart.id}/card-payment`, { shipping }, store());
      expect(started.status).toBe(201);
      const total = 2 * 125_000 + 30_000 + 95_000 + 30_000;
      expect(started.data.payment_collection.amount).toBe(total);
      const again = await api.post(`/store/ocop/carts/${cart.id}/card-payment`, { shipping }, store());
      expect(again.data.payment_session.id).toBe(started.data.payment_session.id);

      const placed = await api.post(
        '/store/ocop/checkout',
        { cart_id: cart.id, shipping, payment_method: 'card' },
        store(),
      );
      expect(placed.status).toBe(201);
      expect(placed.data.orders.map((o: any) => o.payment_method)).toEqual(['card', 'card']);
      const payments = getContainer().resolve(Modules.PAYMENT);
      const [session] = await payments.listPaymentSessions({ id: started.data.payment_session.id });
      expect(session?.status).toBe('authorized');
    });

    it('refuses a card payment started before the cart changed', async () => {
      const { cart, mam, shipping } = await twoProducerCart();
      await api.post(`/store/ocop/carts/${cart.id}/card-payment`, { shipping }, store());
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: mam.product.variants[1].id, quantity: 1 },
        store(),
      );
      const stale = await settle(
        api.post('/store/ocop/checkout', { cart_id: cart.id, shipping, payment_method: 'card' }, store()),
      );
      expect(stale.status).toBe(400);
      expect(stale.data.message).toMatch(/changed after the card/);
      const rows = await dbConnection.raw('select count(*)::int as n from "order"');
      expect(rows.rows[0].n).toBe(0);
    });
  },
});
