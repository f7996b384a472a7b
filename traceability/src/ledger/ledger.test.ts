import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { type SeededShop, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
let shop: SeededShop;
let service: string;

beforeAll(async () => {
  registry = await createTestRegistry();
  shop = await seedShop(registry);
  service = await registry.tokens.service();
});
afterAll(() => registry.close());

const post = async (body: Record<string, unknown>, token = service) => {
  const response = await registry.request('POST', '/v1/sales-events', { token, body });
  return { status: response.status, body: await response.json() };
};
const sale = (over: Record<string, unknown> = {}) => ({
  eventId: `evt-${randomUUID()}`,
  productId: shop.productId,
  producerId: shop.producerId,
  channel: 'marketplace',
  quantity: 2,
  amountVnd: 250_000,
  occurredAt: '2026-11-10T05:00:00Z',
  orderRef: 'order_01',
  ...over,
});
const summary = async (query: string) =>
  (await (await registry.request('GET', `/v1/sales/summary?${query}`, { token: service })).json()).rows;

describe('the sales ledger', () => {
  it('records a sale once; a duplicate answers the original; other data under the same id is refused', async () => {
    const event = sale({ occurredAt: '2026-06-01T03:00:00Z' });
    const first = await post(event);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ eventId: event.eventId, quantity: 2, amountVnd: 250_000 });
    const again = await post(event);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await post({ ...event, amountVnd: 1 });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('idempotency_conflict');
    const rows = await summary(`from=2026-06-01&to=2026-06-01&productId=${shop.productId}&groupBy=channel`);
    expect(rows).toEqual([{ key: 'marketplace', quantity: 2, amountVnd: 250_000, events: 1 }]);
  });

  it('compensates a return with a negative row, never an update', async () => {
    const original = sale({ occurredAt: '2026-07-01T03:00:00Z', channel: 'livestream' });
    await post(original);
    const back = await post(
      sale({
        kind: 'return',
        compensatesEventId: original.eventId,
        quantity: 1,
        amountVnd: 125_000,
        occurredAt: '2026-07-03T03:00:00Z',
        channel: 'livestream',
      }),
    );
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ kind: 'return', quantity: -1, amountVnd: -125_000 });
    const [row] = await registry.deps
      .sql`select quantity from sales_events where event_id = ${original.eventId}`;
    expect(row?.quantity).toBe(2);
    const rows = await summary(`from=2026-07-01&to=2026-07-31&productId=${shop.productId}&groupBy=product`);
    expect(rows).toEqual([{ key: shop.productId, quantity: 1, amountVnd: 125_000, events: 2 }]);
  });

  it('never compensates a sale beyond what is left of it; replays still answer the original', async () => {
    const original = sale({ occurredAt: '2026-09-01T03:00:00Z', quantity: 2, amountVnd: 200_000 });
    await post(original);
    const firstReturn = sale({
      kind: 'return',
      compensatesEventId: original.eventId,
      quantity: 1,
      amountVnd: 100_000,
      occurredAt: '2026-09-02T03:00:00Z',
    });
    expect((await post(firstReturn)).status).toBe(201);
    const tooMuch = await post({
      ...firstReturn,
      eventId: `${firstReturn.eventId}-2`,
      quantity: 2,
      amountVnd: 100_000,
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.message).toContain('1 unit(s)');
    expect((await post(firstReturn)).status).toBe(200);
    const otherChannel = await post({
      ...firstReturn,
      eventId: `${firstReturn.eventId}-3`,
      channel: 'showroom',
    });
    expect(otherChannel.status).toBe(400);
    const rest = await post({ ...firstReturn, eventId: `${firstReturn.eventId}-4`, kind: 'cancellation' });
    expect(rest.status).toBe(201);
    expect(
      (await post({ ...firstReturn, eventId: `${firstReturn.eventId}-5`, quantity: 1, amountVnd: 0 })).status,
    ).toBe(409);
  });

  it('refuses a return that names no sale', async () => {
    expect((await post(sale({ kind: 'return' }))).status).toBe(400);
    expect((await post(sale({ kind: 'cancellation', compensatesEventId: 'evt-nope-000' }))).status).toBe(400);
  });

  it('buckets by the Vietnamese calendar day (UTC+7)', async () => {
    // 2026-08-01T18:30Z is 01:30 on 2 August in Hồ Chí Minh City.
    await post(sale({ occurredAt: '2026-08-01T18:30:00Z', channel: 'supermarket' }));
    const rows = await summary(`from=2026-08-01&to=2026-08-31&productId=${shop.productId}&groupBy=day`);
    expect(rows).toEqual([{ key: '2026-08-02', quantity: 2, amountVnd: 250_000, events: 1 }]);
  });

  it('rejects bad input with 400 and a message', async () => {
    for (const bad of [
      sale({ amountVnd: 1.5 }),
      sale({ quantity: 0 }),
      sale({ channel: 'tiktok' }),
      sale({ occurredAt: 'yesterday' }),
      sale({ productId: 'x' }),
      { eventId: 'short' },
    ]) {
      const r = await post(bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
    }
  });

  it('keeps totals equal to the sum of distinct events under duplication and reordering (property)', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 50 }),
            amountVnd: fc.integer({ min: 0, max: 5_000_000 }),
            channel: fc.constantFrom('marketplace', 'showroom', 'supermarket', 'livestream', 'other'),
            minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
            returned: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer(),
        async (specs, duplicates, seed) => {
          round++;
          // Each round gets its own month so rounds never see each other's rows; months in the
          // past, since the ledger refuses dates ahead of the clock.
          const month = new Date(Date.UTC(2019 + Math.floor(round / 12), round % 12, 1));
          const from = month.toISOString().slice(0, 10);
          const to = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 28))
            .toISOString()
            .slice(0, 10);
          const events: Record<string, unknown>[] = [];
          let quantity = 0;
          let amount = 0;
          for (const s of specs) {
            const occurredAt = new Date(month.getTime() + 86_400_000 + s.minute * 60_000).toISOString();
            const e = sale({ quantity: s.quantity, amountVnd: s.amountVnd, channel: s.channel, occurredAt });
            events.push(e);
            quantity += s.quantity;
            amount += s.amountVnd;
            if (s.returned) {
              events.push(
                sale({
                  ...e,
                  eventId: `${e.eventId}-r`,
                  kind: 'return',
                  compensatesEventId: e.eventId,
                  quantity: 1,
                  amountVnd: 0,
                }),
              );
              quantity -= 1;
            }
          }
          const sent = [
            ...events,
            ...duplicates.map((d) => events[d % events.length] as Record<string, unknown>),
          ];
          const order = shuffle(sent, seed).sort(
            (a, b) => Number(Boolean(a.compensatesEventId)) - Number(Boolean(b.compensatesEventId)),
          );
          for (const e of order) expect([200, 201]).toContain((await post(e)).status);
          const rows = await summary(`from=${from}&to=${to}&productId=${shop.productId}&groupBy=product`);
          expect(rows).toEqual([{ key: shop.productId, quantity, amountVnd: amount, events: events.length }]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("a producer's own ledger entries", () => {
  const asProducer = (body: Record<string, unknown>) => post(body, shop.sellerToken);

  it('records its own channels, never a marketplace sale (only the backend does)', async () => {
    const own = await asProducer(sale({ channel: 'showroom', occurredAt: '2026-11-20T03:00:00Z' }));
    expect(own.status).toBe(201);
    const market = await asProducer(sale({ channel: 'marketplace' }));
    expect(market.status).toBe(403);
    expect(market.body.error.code).toBe('channel_not_allowed');
  });

  it('cannot cancel or return a marketplace sale the backend recorded', async () => {
    const original = sale({ channel: 'marketplace', occurredAt: '2026-11-21T03:00:00Z' });
    expect((await post(original)).status).toBe(201);
    for (const kind of ['cancellation', 'return']) {
      const undo = await asProducer(
        sale({
          kind,
          channel: 'marketplace',
          compensatesEventId: original.eventId,
          quantity: 1,
          amountVnd: 1,
        }),
      );
      expect(undo.status, kind).toBe(403);
      expect(undo.body.error.code).toBe('channel_not_allowed');
    }
    // Nor by naming another channel: the compensation must match the sale's channel.
    const renamed = await asProducer(
      sale({ kind: 'cancellation', channel: 'showroom', compensatesEventId: original.eventId }),
    );
    expect(renamed.status).toBe(400);
    const backendShowroom = sale({ channel: 'showroom', occurredAt: '2026-11-21T04:00:00Z' });
    expect((await post(backendShowroom)).status).toBe(201);
    const undoBackend = await asProducer(
      sale({ kind: 'cancellation', channel: 'showroom', compensatesEventId: backendShowroom.eventId }),
    );
    expect(undoBackend.status).toBe(403);
    expect(undoBackend.body.error.code).toBe('sale_not_yours');
    const [row] = await registry.deps.sql`select count(*)::int as n from sales_events
      where compensates_event_id in (${original.eventId}, ${backendShowroom.eventId})`;
    expect(row?.n).toBe(0);
  });

  it('returns its own sale', async () => {
    const mine = sale({ channel: 'livestream', occurredAt: '2026-11-22T03:00:00Z' });
    expect((await asProducer(mine)).status).toBe(201);
    const back = await asProducer(
      sale({
        kind: 'return',
        channel: 'livestream',
        compensatesEventId: mine.eventId,
        quantity: 1,
        amountVnd: 1,
      }),
    );
    expect(back.status).toBe(201);
  });
});

describe('event dates', () => {
  it('refuses dates before 2018-01-01 (Vietnam time) or more than 10 minutes ahead, for anyone', async () => {
    const soon = new Date(Date.now() + 5 * 60_000).toISOString();
    const late = new Date(Date.now() + 11 * 60_000).toISOString();
    for (const [occurredAt, status] of [
      ['2017-12-31T16:59:59Z', 400],
      ['2017-12-31T17:00:00Z', 201],
      [soon, 201],
      [late, 400],
      ['2999-01-01T00:00:00Z', 400],
    ] as const) {
      for (const token of [service, shop.sellerToken]) {
        const r = await post(sale({ channel: 'showroom', occurredAt }), token);
        expect(r.status, occurredAt).toBe(status);
        if (status === 400) expect(r.body.error.code).toBe('occurred_at_out_of_range');
      }
    }
  });
});
