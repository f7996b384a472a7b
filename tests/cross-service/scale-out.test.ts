import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import path from 'node:path';
import { freePort } from '@ocop/dev-postgres';
import { mintToken } from '@ocop/traceability';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/platform';

/**
 * Issue 13 part 6: the registry and the storefront scale out on the engines already there. Two
 * more registry processes and two more storefront processes join the running platform on its
 * PostgreSQL, with the machine's Redis: a rate limit counted on one registry holds on the other,
 * a verdict a storefront kept is redrawn by the other without counting another scan, a cart
 * started on one storefront is paid on the other, and sales sent to both registries at once land
 * in the ledger exactly once each.
 */
const REDIS = { host: '127.0.0.1', port: 6379 };
const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';

const redisAnswers = await new Promise<boolean>((resolve) => {
  const socket = connect(REDIS.port, REDIS.host);
  socket.once('connect', () => {
    socket.end();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
});
if (!redisAnswers) console.warn(`scale-out: skipped, no Redis at ${REDIS.host}:${REDIS.port}`);

describe.skipIf(!redisAnswers)('two registries and two storefronts on one PostgreSQL and Redis', () => {
  const platform = inject('platform');
  const children: ChildProcess[] = [];
  const prefix = `ocop:scale-out:${randomUUID().slice(0, 8)}`;
  let registries: [string, string];
  let storefronts: [string, string];
  let sql: postgres.Sql;

  function start(name: string, args: string[], cwd: string, env: Record<string, string>, health: string) {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (c) => {
      output += c;
    });
    child.stderr?.on('data', (c) => {
      output += c;
    });
    children.push(child);
    return (async () => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}:\n${output}`);
        if (
          await fetch(health).then(
            (r) => r.ok,
            () => false,
          )
        )
          return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${name} did not answer ${health}:\n${output}`);
    })();
  }

  beforeAll(async () => {
    const env = platform.startEnv;
    const registryEnv = (port: number) => ({
      NODE_ENV: 'development',
      DATABASE_URL: platform.databaseUrl,
      REGISTRY_PORT: String(port),
      PUBLIC_BASE_URL: platform.registryUrl,
      STAMP_KEYS: platform.stampKeys,
      STAMP_ACTIVE_KEY_ID: 'A',
      JWT_PUBLIC_KEY: env.JWT_PUBLIC_KEY as string,
      NETWORK_HASH_SECRET: env.NETWORK_HASH_SECRET as string,
      TRUST_PROXY: '127.0.0.1,::1',
      REDIS_URL: `redis://${REDIS.host}:${REDIS.port}`,
      RATE_LIMIT_KEY_PREFIX: prefix,
      REPORT_LIMIT_PER_HOUR: '3',
      VERIFY_UNKNOWN_LIMIT_PER_MINUTE: '4',
      LOG_LEVEL: 'warn',
    });
    const [r1, r2, s1, s2] = [await freePort(), await freePort(), await freePort(), await freePort()];
    registries = [`http://127.0.0.1:${r1}`, `http://127.0.0.1:${r2}`];
    storefronts = [`http://127.0.0.1:${s1}`, `http://127.0.0.1:${s2}`];
    const registryDir = path.join(ROOT, 'traceability');
    await Promise.all([
      start(
        'registry 1',
        ['--import', 'tsx', 'src/main.ts'],
        registryDir,
        registryEnv(r1),
        `${registries[0]}/health`,
      ),
      start(
        'registry 2',
        ['--import', 'tsx', 'src/main.ts'],
        registryDir,
        registryEnv(r2),
        `${registries[1]}/health`,
      ),
    ]);
    // The build npm start made; each storefront asks its own registry.
    const storefrontEnv = (port: number, registryUrl: string) => ({
      NODE_ENV: 'production',
      PORT: String(port),
      BACKEND_URL: platform.backendUrl,
      REGISTRY_URL: registryUrl,
      MEDUSA_PUBLISHABLE_KEY: platform.publishableKey,
      SESSION_SECRET: env.SESSION_SECRET as string,
      REDIS_URL: `redis://${REDIS.host}:${REDIS.port}`,
      LOG_LEVEL: 'warn',
    });
    const storefrontDir = path.join(ROOT, 'storefront');
    await Promise.all([
      start(
        'storefront 1',
        ['server.js'],
        storefrontDir,
        storefrontEnv(s1, registries[0]),
        `${storefronts[0]}/healthz`,
      ),
      start(
        'storefront 2',
        ['server.js'],
        storefrontDir,
        storefrontEnv(s2, registries[1]),
        `${storefronts[1]}/healthz`,
      ),
    ]);
    sql = postgres(platform.databaseUrl, { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await sql?.end();
  });

  it('holds the report and unknown-stamp limits across both registries', async () => {
    const from = { 'x-forwarded-for': '203.0.113.77', 'content-type': 'application/json' };
    const report = (i: number) =>
      fetch(`${registries[i % 2]}/v1/reports`, {
        method: 'POST',
        headers: from,
        body: JSON.stringify({ stampUrl: platform.demoStamps[4], note: `Bao bì lạ, lần ${i}` }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await report(i)).status);
    // REPORT_LIMIT_PER_HOUR=3, counted once in Redis whichever process takes the report.
    expect(statuses).toEqual([201, 201, 201, 429, 429]);

    const guesses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const guess = `${platform.demoStamps[4]?.slice(0, -3)}${String(i).padStart(3, 'Q')}`;
      const path = new URL(guess).pathname;
      const answer = await fetch(`${registries[i % 2]}${path}`, {
        headers: { accept: 'application/json', 'x-forwarded-for': '203.0.113.78' },
      });
      guesses.push(answer.status);
    }
    // VERIFY_UNKNOWN_LIMIT_PER_MINUTE=4: the fifth wrong guess is refused, on either process.
    expect(guesses.slice(0, 4).every((s) => s === 404)).toBe(true);
    expect(guesses.slice(4)).toEqual([429, 429]);
  });

  it('redraws on one storefront a verdict the other kept, without counting another scan', async () => {
    const stamp = new URL(platform.demoStamps[5] as string).pathname;
    const scans = async () => (await sql<{ n: number }[]>`select count(*)::int as n from scans`)[0]?.n ?? 0;
    const before = await scans();
    const first = await fetch(`${storefronts[0]}${stamp}`, { headers: { 'user-agent': PHONE } });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('data-verdict="genuine"');
    expect(await scans()).toBe(before + 1);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] as string;

    // A report sent through the other storefront, which then redraws the page it did not fetch.
    const reported = await fetch(`${storefronts[1]}${stamp}`, {
      method: 'POST',
      headers: { 'user-agent': PHONE, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ note: 'Tem bị bóc ra dán lại' }),
      redirect: 'manual',
    });
    expect(reported.status).toBe(302);
    const afterReport = (reported.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const redrawn = await fetch(`${storefronts[1]}${stamp}`, {
      headers: { 'user-agent': PHONE, cookie: afterReport || cookie },
    });
    const page = await redrawn.text();
    expect(redrawn.status).toBe(200);
    expect(page).toContain('data-verdict="genuine"');
    expect(await scans()).toBe(before + 1);
  });

  it('takes a cart started on one storefront through checkout on the other, into the ledger once', async () => {
    const cookieOf = (response: Response, previous: string) =>
      (response.headers.get('set-cookie') ?? '').split(';')[0] || previous;
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      headers: { 'user-agent': PHONE, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
      redirect: 'manual' as const,
    });
    const listed = (await (
      await fetch(`${platform.backendUrl}/store/ocop/products?limit=50`, {
        headers: { 'x-publishable-api-key': platform.publishableKey },
      })
    ).json()) as { products: Array<{ handle: string }> };
    const handle = listed.products.at(-1)?.handle as string;
    const product = (await (
      await fetch(`${platform.backendUrl}/store/ocop/products/${handle}`, {
        headers: { 'x-publishable-api-key': platform.publishableKey },
      })
    ).json()) as { product: { variants: Array<{ id: string; in_stock: boolean }> } };
    const variant = product.product.variants.find((v) => v.in_stock)?.id as string;

    // Into the cart on storefront 1…
    const added = await fetch(
      `${storefronts[0]}/san-pham/${handle}`,
      form({ variant_id: variant, quantity: '1' }),
    );
    expect(added.status).toBe(200);
    let cookie = cookieOf(added, '');
    expect(cookie).toMatch(/^__ocop=/);
    // …checkout on storefront 2 with the same session cookie (one SESSION_SECRET).
    const page = await fetch(`${storefronts[1]}/thanh-toan`, { headers: { 'user-agent': PHONE, cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const choices = [...html.matchAll(/name="(shipping_[^"]+)"[^>]*value="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(choices.length).toBeGreaterThan(0);
    const shipping = Object.fromEntries(choices) as Record<string, string>;
    const placed = await fetch(`${storefronts[1]}/thanh-toan`, {
      ...form({
        email: 'mua-hang@example.vn',
        first_name: 'Lan',
        last_name: 'Nguyễn',
        phone: '0912345678',
        address_1: '12 Trần Hưng Đạo',
        province: 'An Giang',
        commune: 'Phường Châu Đốc',
        payment_method: 'cod',
        ...shipping,
      }),
      headers: { 'user-agent': PHONE, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(placed.status).toBe(302);
    const confirmation = placed.headers.get('location') ?? '';
    expect(confirmation).toMatch(/^\/dat-hang\//);
    cookie = cookieOf(placed, cookie);
    // The confirmation page, drawn by storefront 1 from the same session.
    const shown = await fetch(`${storefronts[0]}${confirmation}`, {
      headers: { 'user-agent': PHONE, cookie },
    });
    expect(shown.status).toBe(200);
    const confirmed = await shown.text();
    expect(confirmed).toContain('Đặt hàng thành công');
    const reference = /OCOP[0-9A-Z]{6,}-\d+/.exec(confirmed)?.[0] as string;
    expect(reference).toBeTruthy();
    // The backend sends the sale to the ledger at once (and retries every minute): once.
    const recorded = async () =>
      (
        await sql<{ n: number }[]>`select count(*)::int as n from sales_events where order_ref = ${reference}`
      )[0]?.n;
    const deadline = Date.now() + 20_000;
    while ((await recorded()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await recorded()).toBe(1);
  });

  it('records sales sent to both registries at once exactly once each', async () => {
    const [product] = await sql<{ id: string; producer_id: string }[]>`
      select p.id, p.producer_id from products p order by p.created_at limit 1`;
    const token = await mintToken(
      platform.jwtPrivateKey,
      { actorType: 'service', actorId: 'ocop-backend' },
      { issuer: 'ocop-backend' },
    );
    const run = randomUUID().slice(0, 8);
    const events = Array.from({ length: 20 }, (_, i) => ({
      eventId: `scale-out-${run}-${i}`,
      kind: 'sale',
      productId: product?.id,
      producerId: product?.producer_id,
      channel: 'marketplace',
      quantity: i + 1,
      amountVnd: (i + 1) * 125_000,
      occurredAt: new Date(Date.now() - i * 60_000).toISOString(),
      orderRef: `SCALE-${run}-${i}`,
    }));
    const send = (registry: string, event: (typeof events)[number]) =>
      fetch(`${registry}/v1/sales-events`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': event.eventId,
        },
        body: JSON.stringify(event),
      }).then((r) => r.status);
    // Each event to both processes at the same moment, as two backend workers retrying would.
    const statuses = await Promise.all(
      events.flatMap((e) => [send(registries[0], e), send(registries[1], e)]),
    );
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    const [ledger] = await sql<{ n: number; quantity: string; amount: string }[]>`
      select count(*)::int as n, sum(quantity)::text as quantity, sum(amount_vnd)::text as amount
      from sales_events where order_ref like ${`SCALE-${run}-%`}`;
    expect(ledger).toEqual({ n: 20, quantity: String(210), amount: String(210 * 125_000) });
  });
});
