import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';
import { nextBindingStatus } from './binding-transitions';

let registry: TestRegistry;
let service: string;
beforeAll(async () => {
  registry = await createTestRegistry();
  service = await registry.tokens.service();
});
afterAll(() => registry.close());

const shopId = () => `sel_${randomUUID().replaceAll('-', '')}`;
const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
  const r = await registry.request(method, path, { token, body });
  return { status: r.status, body: r.status === 204 ? null : await r.json() };
};
const claim = (body: unknown, token = service) => call('POST', '/v1/producer-bindings', token, body);
const decide = (id: string, action: string, token = service) =>
  call('POST', `/v1/producer-bindings/${id}/decision`, token, { action, decidedBy: 'user_operator' });

describe('the transition table', () => {
  it('has exactly the four transitions of decision 012', () => {
    expect(nextBindingStatus('pending', 'approve')).toBe('active');
    expect(nextBindingStatus('pending', 'reject')).toBe('rejected');
    expect(nextBindingStatus('active', 'suspend')).toBe('suspended');
    expect(nextBindingStatus('suspended', 'reinstate')).toBe('active');
    expect(nextBindingStatus('rejected', 'approve')).toBeNull();
    expect(nextBindingStatus('active', 'approve')).toBeNull();
    expect(nextBindingStatus('pending', 'suspend')).toBeNull();
  });
});

describe('claims (the backend only)', () => {
  it('answers 201 pending whether or not the producer is already bound to another shop', async () => {
    const held = await seedShop(registry); // its shop is actively bound
    const free = await seedShop(registry, { province: 'Cần Thơ' });
    await registry.request('GET', `/v1/producers/${free.producerId}`, { token: free.sellerToken });
    await registry.deps.sql`delete from producer_bindings where producer_id = ${free.producerId}`;
    const onHeld = await claim({ accountId: shopId(), producerId: held.producerId });
    const onFree = await claim({ accountId: shopId(), producerId: free.producerId });
    expect(onHeld.status).toBe(201);
    expect(onFree.status).toBe(201);
    const shape = (b: any) => ({
      ...b.binding,
      id: '',
      accountId: '',
      producerId: '',
      createdAt: '',
      updatedAt: '',
    });
    expect(shape(onHeld.body)).toEqual(shape(onFree.body));
    expect(onHeld.body.binding.status).toBe('pending');
  });

  it('repeats the same claim as 200; another producer for the same account is a conflict', async () => {
    const shop = await seedShop(registry);
    const account = shopId();
    const first = await claim({ accountId: account, producerId: shop.producerId });
    const again = await claim({ accountId: account, producerId: shop.producerId });
    expect(again.status).toBe(200);
    expect(again.body.binding.id).toBe(first.body.binding.id);
    const other = await seedShop(registry);
    expect((await claim({ accountId: account, producerId: other.producerId })).status).toBe(409);
  });

  it('creates a new producer and its pending binding in one transaction', async () => {
    const account = shopId();
    const newProducer = {
      legalName: 'Hộ kinh doanh Bánh pía Sóc Trăng',
      kind: 'household_business',
      province: 'Cần Thơ',
      commune: 'Phường Sóc Trăng',
    };
    const made = await claim({ accountId: account, newProducer });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const [producer] = await registry.deps.sql`select legal_name, registration_number from producers
      where id = ${made.body.binding.producerId}`;
    expect(producer).toEqual({ legal_name: newProducer.legalName, registration_number: null });
    expect((await claim({ accountId: account, newProducer })).status).toBe(200);
    const [event] = await registry.deps.sql`select topic, payload from outbox
      where aggregate_id = ${made.body.binding.id} order by id limit 1`;
    expect(event).toMatchObject({
      topic: 'producer_binding.changed',
      payload: { bindingId: made.body.binding.id, accountId: account, status: 'pending' },
    });
  });

  it('refuses sellers and officials, and a service token of another actor (401)', async () => {
    const shop = await seedShop(registry);
    const body = { accountId: shopId(), producerId: shop.producerId };
    expect((await claim(body, shop.sellerToken)).status).toBe(403);
    expect((await claim(body, await registry.tokens.official())).status).toBe(403);
    const stranger = await claim(body, await registry.tokens.service('scanner-bot'));
    expect(stranger.status).toBe(401);
  });

  it('withdraws only a pending claim, only as the backend', async () => {
    const shop = await seedShop(registry);
    const made = await claim({ accountId: shopId(), producerId: shop.producerId });
    const id = made.body.binding.id;
    expect(
      (await call('DELETE', `/v1/producer-bindings/${id}`, await registry.tokens.official())).status,
    ).toBe(403);
    expect((await call('DELETE', `/v1/producer-bindings/${id}`, service)).status).toBe(204);
    expect((await call('GET', `/v1/producer-bindings/${id}`, service)).status).toBe(404);
    const active = await registry.bind((await seedShop(registry)).producerId, { status: 'pending' });
    await decide(active.id, 'reject');
    const late = await call('DELETE', `/v1/producer-bindings/${active.id}`, service);
    expect(late.body.error.code).toBe('invalid_transition');
  });
});

describe('decisions', () => {
  let shop: SeededShop;
  beforeAll(async () => {
    shop = await seedShop(registry, { province: 'Cần Thơ' });
  });

  it('an official of another province, a non-issuer and a seller cannot decide', async () => {
    const b = await registry.bind(shop.producerId, { status: 'pending' });
    expect(
      (await decide(b.id, 'approve', await registry.tokens.official(['issuer'], 'An Giang'))).status,
    ).toBe(403);
    expect(
      (await decide(b.id, 'approve', await registry.tokens.official(['inspector', 'revoker'], 'Cần Thơ')))
        .status,
    ).toBe(403);
    expect((await decide(b.id, 'reject', shop.sellerToken)).status).toBe(403);
    const rejected = await decide(b.id, 'reject', await registry.tokens.official(['issuer'], 'Cần Thơ'));
    expect(rejected.status).toBe(200);
    expect(rejected.body.binding.status).toBe('rejected');
    expect((await decide(b.id, 'approve')).body.error.code).toBe('invalid_transition');
  });

  it('approving while another shop holds the producer is producer_already_bound', async () => {
    const b = await registry.bind(shop.producerId, { status: 'pending' });
    const r = await decide(b.id, 'approve');
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('producer_already_bound');
  });

  it('lists by visibility: officials of the province, national, the backend; sellers 403', async () => {
    const b = await registry.bind(shop.producerId, { status: 'pending' });
    const ids = async (token: string) =>
      (
        (await call('GET', `/v1/producer-bindings?producerId=${shop.producerId}`, token)).body.bindings ?? []
      ).map((x: any) => x.id);
    expect(await ids(await registry.tokens.official(['inspector'], 'Cần Thơ'))).toContain(b.id);
    expect(await ids(await registry.tokens.official(['inspector'], null))).toContain(b.id);
    expect(await ids(service)).toContain(b.id);
    expect(await ids(await registry.tokens.official(['issuer'], 'An Giang'))).toEqual([]);
    expect(
      (
        await call(
          'GET',
          `/v1/producer-bindings/${b.id}`,
          await registry.tokens.official(['issuer'], 'An Giang'),
        )
      ).status,
    ).toBe(404);
    expect((await call('GET', '/v1/producer-bindings', shop.sellerToken)).status).toBe(403);
    expect((await call('GET', `/v1/producer-bindings/${b.id}`, shop.sellerToken)).status).toBe(403);
  });
});

describe('a seller token counts only while its binding is active', () => {
  let shop: SeededShop;
  beforeAll(async () => {
    shop = await seedShop(registry);
    await issueAndWait(registry, shop, 2);
  });

  const attempts = (token: string) => ({
    batch: () =>
      registry.request('POST', `/v1/products/${shop.productId}/batches`, {
        token,
        body: {
          code: `B${randomUUID().slice(0, 8).toUpperCase()}`,
          producedAt: '2026-10-01T00:00:00Z',
          quantity: 5,
        },
      }),
    stamps: () =>
      registry.request('POST', `/v1/batches/${shop.batchId}/stamps`, { token, body: { count: 1 } }),
    void: () =>
      registry.request('POST', `/v1/batches/${shop.batchId}/stamps/void`, {
        token,
        body: { fromSeq: 0, toSeq: 0, reason: 'lost roll' },
      }),
    sale: () =>
      registry.request('POST', '/v1/sales-events', {
        token,
        body: {
          eventId: `evt-${randomUUID()}`,
          productId: shop.productId,
          producerId: shop.producerId,
          channel: 'showroom',
          quantity: 1,
          amountVnd: 10_000,
          occurredAt: '2026-11-01T03:00:00Z',
        },
      }),
    alerts: () => registry.request('GET', '/v1/alerts', { token }),
  });

  for (const status of ['pending', 'rejected', 'missing', 'another shop'] as const) {
    it(`${status} → 403 binding_inactive on batches, stamps, void, sales and alerts`, async () => {
      let token: string;
      if (status === 'missing') token = await registry.tokens.seller(shop.producerId, shopId());
      else if (status === 'another shop') {
        const other = await seedShop(registry);
        // A shop active for another producer names this one.
        const [held] = await registry.deps.sql`select account_id from producer_bindings
          where producer_id = ${other.producerId} and status = 'active'`;
        token = await registry.tokens.seller(shop.producerId, held?.account_id);
      } else {
        const b = await registry.bind(shop.producerId, { status });
        token = await registry.tokens.seller(shop.producerId, b.shopId);
      }
      for (const [what, attempt] of Object.entries(attempts(token))) {
        const r = await attempt();
        expect(r.status, what).toBe(403);
        expect((await r.json()).error.code, what).toBe('binding_inactive');
      }
    });
  }

  it('approval flips a pending shop to working; suspension stops it again', async () => {
    const fresh = await seedShop(registry);
    const [held] = await registry.deps
      .sql`select id from producer_bindings where producer_id = ${fresh.producerId}`;
    await decide(held?.id, 'suspend');
    for (const path of ['/v1/alerts', `/v1/producers/${fresh.producerId}`, `/v1/batches/${fresh.batchId}`]) {
      const r = await registry.request('GET', path, { token: fresh.sellerToken });
      expect((await r.json()).error.code, path).toBe('binding_inactive');
    }
    const account = shopId();
    const made = await claim({ accountId: account, producerId: fresh.producerId });
    const token = await registry.tokens.seller(fresh.producerId, account);
    expect((await registry.request('GET', '/v1/alerts', { token })).status).toBe(403);
    // A suspended shop still holds the producer: no other shop is approved beside it.
    expect((await decide(made.body.binding.id, 'approve')).body.error.code).toBe('producer_already_bound');
    await registry.deps.sql`update producer_bindings set status = 'rejected' where id = ${held?.id}`;
    expect((await decide(made.body.binding.id, 'approve')).status).toBe(200);
    expect((await registry.request('GET', '/v1/alerts', { token })).status).toBe(200);
    expect((await registry.request('GET', '/v1/alerts', { token: fresh.sellerToken })).status).toBe(403);
  });
});
