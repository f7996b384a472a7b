import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeliveries } from '../events/deliver-event';
import { runIssuance } from '../stamps/run-issuance';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { seedShop } from '../testing/seed-producer';
import { JOBS } from './job-queue';

// The registry's background work on pg-boss (decision 022), against the real test database.

const closing: TestRegistry[] = [];
afterAll(() => Promise.all(closing.map((r) => r.close())));
async function registry(overrides: Parameters<typeof createTestRegistry>[0] = {}) {
  const r = await createTestRegistry(overrides);
  closing.push(r);
  return r;
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not done after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const issuanceOf = (r: TestRegistry, id: string) =>
  r.deps.sql<
    { status: string; issued: number }[]
  >`select status, issued from stamp_issuances where id = ${id}`.then((rows) => rows[0]);
const stampCount = (r: TestRegistry, issuanceId: string) =>
  r.deps.sql<{ n: number }[]>`select count(*)::int as n from stamps where issuance_id = ${issuanceId}`.then(
    (rows) => rows[0]?.n ?? 0,
  );

describe('print runs as jobs', () => {
  let web: TestRegistry;
  let schema: string;

  beforeAll(async () => {
    schema = `jobs_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    // A registry process that serves HTTP but runs no jobs, as when its worker has died.
    web = await registry({ jobSchema: schema, workers: false });
  });

  it('keeps an accepted run with its job, and another process on the same database runs it', async () => {
    const shop = await seedShop(web);
    const started = await web.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
      token: shop.sellerToken,
      body: { count: 40 },
    });
    expect(started.status).toBe(202);
    const { id } = await started.json();
    await new Promise((r) => setTimeout(r, 700));
    expect(await issuanceOf(web, id)).toMatchObject({ status: 'running', issued: 0 });
    const [job] = await web.deps.sql<{ state: string }[]>`
      select state from ${web.deps.sql(schema)}.job
      where name = ${JOBS.issueStamps} and data ->> 'issuanceId' = ${id}`;
    expect(job?.state).toBe('created');

    await registry({ jobSchema: schema });
    const done = await waitFor(async () => {
      const row = await issuanceOf(web, id);
      return row?.status === 'done' && row;
    });
    expect(done.issued).toBe(40);
    expect(await stampCount(web, id)).toBe(40);
  });

  it('never prints a run twice when its job is retried after the run committed', async () => {
    const r = await registry();
    const shop = await seedShop(r);
    const started = await r.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
      token: shop.sellerToken,
      body: { count: 25 },
    });
    const { id } = await started.json();
    await waitFor(async () => (await issuanceOf(r, id))?.status === 'done');
    const again = await runIssuance(id, { retryCount: 1, retryLimit: 3 }, r.deps);
    expect(again).toEqual({ skipped: 'done' });
    expect(await stampCount(r, id)).toBe(25);
  });

  it('retries a run that failed for a passing reason, and marks it failed after the last try', async () => {
    const r = await registry({ workers: false });
    const shop = await seedShop(r);
    const started = await r.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
      token: shop.sellerToken,
      body: { count: 10 },
    });
    const { id } = await started.json();
    // The database cannot be reached for the COPY (port 9 has no server): not the run's fault.
    const unreachable = postgres('postgres://nobody@127.0.0.1:9/none', { max: 1, connect_timeout: 1 });
    try {
      const broken = { ...r.deps, bulkSql: unreachable };
      await expect(runIssuance(id, { retryCount: 0, retryLimit: 3 }, broken)).rejects.toThrow();
      expect(await issuanceOf(r, id)).toMatchObject({ status: 'running' });
      const last = await runIssuance(id, { retryCount: 3, retryLimit: 3 }, broken);
      expect(last).toHaveProperty('failed');
      expect(await issuanceOf(r, id)).toMatchObject({ status: 'failed', issued: 0 });
      expect(await stampCount(r, id)).toBe(0);
    } finally {
      await unreachable.end();
    }
  });
});

describe('the job overview', () => {
  it('shows the platform and national officials each queue by state, and no one else', async () => {
    const r = await registry();
    const shop = await seedShop(r);
    const started = await r.request('POST', `/v1/batches/${shop.batchId}/stamps`, {
      token: shop.sellerToken,
      body: { count: 5 },
    });
    const { id } = await started.json();
    await waitFor(async () => (await issuanceOf(r, id))?.status === 'done');
    const service = await r.request('GET', '/v1/jobs', { token: await r.tokens.service() });
    const body = await service.json();
    expect(service.status).toBe(200);
    const stamps = body.queues.find((q: { name: string }) => q.name === JOBS.issueStamps);
    expect(stamps.completed).toBeGreaterThanOrEqual(1);
    expect(body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(Object.values(JOBS)),
    );
    expect((await r.request('GET', '/v1/jobs', { token: await r.tokens.official() })).status).toBe(200);
    const provincial = await r.tokens.official(['issuer'], 'An Giang');
    expect((await r.request('GET', '/v1/jobs', { token: provincial })).status).toBe(403);
    expect((await r.request('GET', '/v1/jobs', { token: shop.sellerToken })).status).toBe(403);
    expect((await r.request('GET', '/v1/jobs')).status).toBe(401);
  });
});

describe('event deliveries', () => {
  it('sweeps an undelivered event that has no job (from before the queue) into one, and sends it once', async () => {
    const r = await registry();
    const bodies: string[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/registry`;
      const [subscriber] = await r.deps.sql<{ id: string }[]>`
        insert into event_subscribers (name, url, secret, topics)
        values (${`legacy-${randomUUID()}`}, ${url}, 'legacy-secret-0123456789', ${['certificate.expired']})
        returning id`;
      const [event] = await r.deps.sql<{ id: number }[]>`
        insert into outbox (topic, aggregate_id, payload)
        values ('certificate.expired', ${randomUUID()}, ${r.deps.sql.json({ legacy: true })}) returning id`;
      await r.deps
        .sql`insert into deliveries (outbox_id, subscriber_id) values (${event?.id ?? 0}, ${subscriber?.id ?? ''})`;
      // Other test files' deliveries are theirs (their own job queues): sweep this subscriber's.
      const mine = { subscriberId: subscriber?.id ?? '' };
      expect(await sweepDeliveries(r.deps.sql, r.deps.jobs, mine)).toBe(1);
      // A second sweep finds its job alive and sends no other.
      expect(await sweepDeliveries(r.deps.sql, r.deps.jobs, mine)).toBe(0);
      await waitFor(async () => bodies.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(bodies.map((b) => String(JSON.parse(b).id))).toEqual([String(event?.id)]);
      const [row] = await r.deps.sql<{ delivered_at: Date | null }[]>`
        select delivered_at from deliveries where outbox_id = ${event?.id ?? 0}`;
      expect(row?.delivered_at).not.toBeNull();
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});
