import net from 'node:net';
import { Modules } from '@medusajs/framework/utils';
import Redis from 'ioredis';
import { ensureMarketplace } from '../../src/lib/sellers/marketplace';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { adminToken, approvedShopWithProduct, SHIPPING_ADDRESS } from './helpers';

jest.setTimeout(240_000);

/**
 * The production configuration (medusa-config.ts with REDIS_URL): Redis event bus, workflow
 * engine, locking and caching, against the machine's Redis. medusa-config reads REDIS_URL when
 * the app loads, so it is set before the runner starts and removed after this file.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/7';
const previous = process.env.REDIS_URL;
process.env.REDIS_URL = REDIS_URL;
afterAll(() => {
  if (previous === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = previous;
});

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let redis = false;
    beforeAll(async () => {
      redis = await redisAnswers(REDIS_URL);
      if (!redis)
        console.warn(`SKIPPED: no Redis answers at ${REDIS_URL}; the production-mode tests need one.`);
    });

    it('runs events and workflows on Redis', () => {
      if (!redis) return;
      const container = getContainer();
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe('RedisEventBusService');
      expect(container.resolve(Modules.WORKFLOW_ENGINE).constructor.name).toBe('WorkflowsModuleService');
    });

    it('takes locks in Redis, where another process would see them', async () => {
      if (!redis) return;
      const locking = getContainer().resolve(Modules.LOCKING);
      const key = `probe-${Date.now()}`;
      await locking.acquire(key, { ownerId: 'test', expire: 30 });
      const client = new Redis(REDIS_URL);
      try {
        expect(await client.exists(`medusa_lock:${key}`)).toBe(1);
        await locking.release(key, { ownerId: 'test' });
        expect(await client.exists(`medusa_lock:${key}`)).toBe(0);
      } finally {
        client.disconnect();
      }
    });

    it('completes one checkout per cart under concurrent retries, with locks in Redis', async () => {
      if (!redis) return;
      const market = await ensureMarketplace(getContainer());
      const store = { headers: { 'x-publishable-api-key': market.publishableKey } };
      const operator = await adminToken(api, getContainer());
      const shop = await approvedShopWithProduct(api, operator, 'tra-nui-cam');
      const cart = (await api.post('/store/carts', { region_id: market.regionId }, store)).data.cart;
      await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: shop.product.variants[0].id, quantity: 1 },
        store,
      );
      await api.post(
        `/store/carts/${cart.id}`,
        { email: 'lan@mail.vn', shipping_address: SHIPPING_ADDRESS },
        store,
      );
      const groups = (await api.get(`/store/ocop/carts/${cart.id}/shipping-options`, store)).data.groups;
      const body = {
        cart_id: cart.id,
        shipping: [{ seller_id: groups[0].seller.id, shipping_option_id: groups[0].shipping_options[0].id }],
        payment_method: 'cod',
      };
      const results = await Promise.all([1, 2, 3].map(() => api.post('/store/ocop/checkout', body, store)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(results.map((r) => r.data.order_group.id)).size).toBe(1);
      expect(results[0].data.order_group.order_ids).toHaveLength(1);
    });
  },
});
