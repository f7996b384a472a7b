import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { seedShop } from '../testing/seed-producer';
import { markExpirations } from './mark-expirations';

let registry: TestRegistry;
let official: string;

beforeAll(async () => {
  registry = await createTestRegistry();
  official = await registry.tokens.official();
});
afterAll(() => registry.close());

const decision = (over: Record<string, unknown> = {}) => ({
  number: `AG-${randomUUID().slice(0, 12)}`,
  scores: { A: 30, B: 20, C: 25 },
  issuingLevel: 'province',
  issuerName: 'UBND tỉnh An Giang',
  decisionNumber: `QĐ-${randomUUID().slice(0, 8)}`,
  issuedAt: '2026-02-01T03:00:00Z',
  ...over,
});
const issue = async (productId: string, over: Record<string, unknown> = {}) => {
  const response = await registry.request('POST', '/v1/certificates', {
    token: official,
    body: { productId, ...decision(over) },
  });
  return { status: response.status, body: await response.json() };
};

/** A registered product without any certificate yet. */
async function freshProduct(): Promise<{ productId: string }> {
  const producer = await registry.request('POST', '/v1/producers', {
    token: official,
    body: {
      legalName: 'Hộ kinh doanh Khô Cá Út Hiền',
      kind: 'household_business',
      registrationNumber: `HKD${randomUUID().replaceAll('-', '').slice(0, 12)}`,
      province: 'An Giang',
      commune: 'Xã Thoại Sơn',
    },
  });
  const { id } = await producer.json();
  const product = await registry.request('POST', `/v1/producers/${id}/products`, {
    token: official,
    body: { name: 'Khô cá lóc', group: 'processed_food' },
  });
  return { productId: (await product.json()).id };
}

describe('issuing certificates', () => {
  it('computes the stars from the scores (Decision 148 bands) and the 36-month expiry', async () => {
    const cases: Array<[{ A: number; B: number; C: number }, number | null]> = [
      [{ A: 20, B: 10, C: 19.99 }, null],
      [{ A: 20, B: 10, C: 20 }, 3],
      [{ A: 30, B: 20, C: 19.99 }, 3],
      [{ A: 30, B: 20, C: 20 }, 4],
      [{ A: 35, B: 24, C: 30.99 }, 4],
    ];
    for (const [scores, stars] of cases) {
      const { productId } = await freshProduct();
      const r = await issue(productId, { scores });
      if (stars === null) {
        expect(r.status).toBe(422);
        expect(r.body.error.code).toBe('not_certifiable');
      } else {
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        expect(r.body.stars).toBe(stars);
        expect(r.body.expiresAt).toBe('2029-02-01T03:00:00.000Z');
      }
    }
    const fiveAtProvince = await issue((await freshProduct()).productId, { scores: { A: 36, B: 24, C: 30 } });
    expect(fiveAtProvince.status).toBe(400);
    const five = await issue((await freshProduct()).productId, {
      scores: { A: 36, B: 24, C: 30 },
      issuingLevel: 'central',
    });
    expect(five.body.stars).toBe(5);
  });

  it('refuses a product that failed a mandatory criterion, whatever its total', async () => {
    const shop = await seedShop(registry);
    const r = await issue(shop.productId, {
      scores: { A: 38, B: 24, C: 33 },
      issuingLevel: 'central',
      failedMandatory: ['C1'],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain('C1');
  });

  it('keeps the district level for historical 3★ certificates only', async () => {
    const shop = await freshProduct();
    expect(
      (
        await issue(shop.productId, {
          issuingLevel: 'district',
          scores: { A: 25, B: 15, C: 15 },
          issuedAt: '2024-05-01T00:00:00Z',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await issue(shop.productId, {
          issuingLevel: 'district',
          scores: { A: 25, B: 15, C: 15 },
          issuedAt: '2025-08-01T00:00:00Z',
        })
      ).status,
    ).toBe(400);
  });

  it('refuses a reused certificate number with 409', async () => {
    const first = await issue((await freshProduct()).productId);
    const again = await issue((await freshProduct()).productId, { number: first.body.number });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already used');
  });

  it('refuses a second certificate while one is in force: renew it instead', async () => {
    const shop = await seedShop(registry);
    const again = await issue(shop.productId);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('renew it instead');
  });
});

describe('renewal, revocation and the expiring list', () => {
  it('renews into a new certificate (stars may change) and lists only the one in force', async () => {
    const shop = await seedShop(registry, { issuedAt: '2024-01-10T03:00:00Z' });
    const renewed = await registry.request('POST', `/v1/certificates/${shop.certificateId}/renew`, {
      token: official,
      body: decision({ scores: { A: 25, B: 15, C: 15 }, issuedAt: '2026-11-01T03:00:00Z' }),
    });
    const body = await renewed.json();
    expect(renewed.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ stars: 3, renewsId: shop.certificateId, status: 'active' });
    const list = await (
      await registry.request('GET', `/v1/certificates?producerId=${shop.producerId}`, { token: official })
    ).json();
    expect(list.certificates.map((c: any) => c.id)).toEqual([body.id]);
    const again = await registry.request('POST', `/v1/certificates/${shop.certificateId}/renew`, {
      token: official,
      body: decision(),
    });
    expect(again.status).toBe(409);
    const backdated = await registry.request('POST', `/v1/certificates/${body.id}/renew`, {
      token: official,
      body: decision({ issuedAt: '2026-10-01T03:00:00Z' }),
    });
    expect(backdated.status).toBe(400);
  });

  it('lets only one of two concurrent renewals land', async () => {
    const shop = await seedShop(registry, { issuedAt: '2024-01-10T03:00:00Z' });
    const renew = () =>
      registry.request('POST', `/v1/certificates/${shop.certificateId}/renew`, {
        token: official,
        body: decision({ issuedAt: '2026-11-01T03:00:00Z' }),
      });
    const statuses = (await Promise.all([renew(), renew()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('revokes once, keeps the reason and decision, and refuses a second revocation', async () => {
    const shop = await seedShop(registry);
    const body = {
      reason: 'failed_mandatory',
      decisionNumber: 'QĐ-12/2026',
      note: 'Không đạt chỉ tiêu bắt buộc',
    };
    const first = await registry.request('POST', `/v1/certificates/${shop.certificateId}/revoke`, {
      token: official,
      body,
    });
    expect(await first.json()).toMatchObject({
      status: 'revoked',
      revocationReason: 'failed_mandatory',
      revocationDecision: 'QĐ-12/2026',
    });
    const second = await registry.request('POST', `/v1/certificates/${shop.certificateId}/revoke`, {
      token: official,
      body,
    });
    expect(second.status).toBe(409);
  });

  it('lists certificates expiring within 90 days for officials', async () => {
    const now = registry.deps.clock();
    const issuedAt = new Date(now.getTime() - (36 * 30.4 - 40) * 86_400_000).toISOString();
    const shop = await seedShop(registry, { issuedAt });
    const list = await (
      await registry.request('GET', '/v1/certificates?status=expiring', { token: official })
    ).json();
    const mine = list.certificates.find((c: any) => c.id === shop.certificateId);
    expect(mine?.status).toBe('expiring');
    expect(list.certificates.every((c: any) => c.status === 'expiring')).toBe(true);
  });
});

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`not done after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('certificate events', () => {
  let server: Server;
  let received: Array<{ headers: Record<string, unknown>; body: string }> = [];
  let failNext = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers revocation and expiry events, signed, retried after a failure, each once', async () => {
    const { port } = server.address() as AddressInfo;
    const secret = 'subscriber-secret-123';
    const subscribe = await registry.request('POST', '/v1/event-subscribers', {
      token: await registry.tokens.service(),
      body: {
        name: `backend-${randomUUID()}`,
        url: `http://127.0.0.1:${port}/hooks/registry`,
        secret,
        topics: ['certificate.revoked', 'certificate.expired'],
      },
    });
    expect(subscribe.status).toBe(200);
    const shop = await seedShop(registry);
    received = [];
    failNext = 1;
    await registry.request('POST', `/v1/certificates/${shop.certificateId}/revoke`, {
      token: official,
      body: { reason: 'quality_violation', decisionNumber: 'QĐ-77/2026' },
    });
    // The first try gets a 503; the queue retries the delivery job with backoff (2–4 s here).
    const ofShop = () => received.filter((r) => JSON.parse(r.body).data.certificateId === shop.certificateId);
    await waitFor(() => ofShop().length > 0, 15_000);
    const revoked = ofShop();
    expect(revoked).toHaveLength(1);
    const event = revoked[0] as (typeof received)[number];
    expect(JSON.parse(event.body)).toMatchObject({
      topic: 'certificate.revoked',
      data: { status: 'revoked', productId: shop.productId },
    });
    const [delivery] = await registry.deps.sql<{ attempts: number; delivered_at: Date | null }[]>`
      select d.attempts, d.delivered_at from deliveries d join outbox o on o.id = d.outbox_id
      where o.id = ${JSON.parse(event.body).id}`;
    expect(delivery).toMatchObject({ attempts: 2 });
    expect(delivery?.delivered_at).not.toBeNull();
    const clock = new Date();
    // Signature v2 (decision 012): HMAC of "<timestamp>.<body>", with the event id beside it.
    const timestamp = event.headers['x-ocop-timestamp'] as string;
    expect(Math.abs(Number(timestamp) - clock.getTime() / 1000)).toBeLessThan(5);
    const expected = createHmac('sha256', secret).update(`${timestamp}.${event.body}`).digest('hex');
    expect(event.headers['x-ocop-signature']).toBe(`t=${timestamp},v1=${expected}`);
    expect(event.headers['x-ocop-event-id']).toBe(String(JSON.parse(event.body).id));

    const old = await seedShop(registry, { issuedAt: '2023-01-05T03:00:00Z' });
    const marked = await markExpirations(registry.deps.db, registry.deps.jobs, new Date());
    expect(marked.expired).toBeGreaterThanOrEqual(1);
    expect((await markExpirations(registry.deps.db, registry.deps.jobs, new Date())).expired).toBe(0);
    const expiredOf = () =>
      received.filter((r) => JSON.parse(r.body).data.certificateId === old.certificateId);
    await waitFor(() => expiredOf().length > 0, 10_000);
    const expired = expiredOf();
    expect(expired.map((r) => JSON.parse(r.body).topic)).toEqual(['certificate.expired']);
    // Delivered once: the retried job that succeeded is not sent again.
    expect(ofShop()).toHaveLength(1);
  });
});
