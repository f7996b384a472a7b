import { randomInt } from 'node:crypto';
import {
  gtinCheckDigit,
  gtinFromCompanyPrefix,
  isUnderCompanyPrefix,
  isValidGtin,
  parseDigitalLinkPath,
} from '@ocop/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';

// 952 is GS1's range for demonstrations and examples: no real trade item carries these GTINs.
const PREFIX = '9521234';
const SMALL_PREFIX = '95212345678';

let registry: TestRegistry;
let unconfigured: TestRegistry;
let small: TestRegistry;

beforeAll(async () => {
  registry = await createTestRegistry({ env: { GS1_COMPANY_PREFIX: PREFIX } });
  unconfigured = await createTestRegistry();
  // One stamp keyring for all three, so a stamp issued by one verifies on another.
  unconfigured.deps.stampKeys = registry.deps.stampKeys;
  small = await createTestRegistry({ env: { GS1_COMPANY_PREFIX: SMALL_PREFIX } });
});
afterAll(async () => {
  await Promise.all([registry.close(), unconfigured.close(), small.close()]);
});

const ask = (on: TestRegistry, productId: string, token?: string) =>
  on.request('POST', `/v1/products/${productId}/platform-gtin`, { token });
const verify = async (url: string, on = registry) => {
  const r = await on.request('GET', new URL(url).pathname, { headers: { accept: 'application/json' } });
  return { status: r.status, body: await r.json() };
};
const issuanceUrls = async (on: TestRegistry, shop: SeededShop) => {
  const [row] = await on.deps.sql<{ id: string }[]>`
    select id from stamp_issuances where batch_id = ${shop.batchId} order by started_at limit 1`;
  const r = await on.request('GET', `/v1/stamp-issuances/${row?.id}/urls`, { token: shop.sellerToken });
  expect(r.status).toBe(200);
  return (await r.text()).trim().split('\n');
};
/** A product of an existing producer, registered through the API by its seller (no GTIN). */
const newProduct = async (on: TestRegistry, shop: SeededShop, group = 'processed_food') => {
  const r = await on.request('POST', `/v1/producers/${shop.producerId}/products`, {
    token: shop.sellerToken,
    body: { name: 'Khô cá lóc', group },
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { id: string }).id;
};
const ownGtin = () => {
  const body = `893${String(randomInt(1e9)).padStart(9, '0')}`;
  return `0${body}${gtinCheckDigit(body)}`;
};

describe('a platform GTIN (decision 017)', () => {
  it("is a valid GTIN under the platform's prefix, shown with the product; asked again, the same", async () => {
    const shop = await seedShop(registry);
    const first = await ask(registry, shop.productId, shop.sellerToken);
    expect(first.status).toBe(201);
    const product = await first.json();
    expect(product).toMatchObject({ id: shop.productId, gtin: null });
    expect(product.platformGtin).toMatch(/^0\d{13}$/);
    expect(isValidGtin(product.platformGtin)).toBe(true);
    expect(isUnderCompanyPrefix(product.platformGtin, PREFIX)).toBe(true);

    const again = await ask(registry, shop.productId, shop.sellerToken);
    expect(again.status).toBe(200);
    expect((await again.json()).platformGtin).toBe(product.platformGtin);

    const one = await registry.request('GET', `/v1/products/${shop.productId}`, { token: shop.sellerToken });
    expect(await one.json()).toMatchObject({ platformGtin: product.platformGtin, gtin: null });
    const list = await (await registry.request('GET', '/v1/products', { token: shop.sellerToken })).json();
    expect(list.products.find((p: any) => p.id === shop.productId).platformGtin).toBe(product.platformGtin);
    const batch = await (
      await registry.request('GET', `/v1/batches/${shop.batchId}`, { token: shop.sellerToken })
    ).json();
    expect(batch.batchStampUrl).toBe(`https://verify.test/01/${product.platformGtin}/10/${shop.batchCode}`);
  });

  it('makes later stamps GS1 Digital Links that the resolver answers as genuine', async () => {
    const shop = await seedShop(registry);
    const { platformGtin } = await (await ask(registry, shop.productId, shop.sellerToken)).json();
    const [url = ''] = await issueAndWait(registry, shop, 2);
    const parsed = parseDigitalLinkPath(new URL(url).pathname);
    expect(parsed).toMatchObject({
      ok: true,
      value: { scheme: 'gtin', gtin14: platformGtin, batch: shop.batchCode },
    });
    if (!parsed.ok) return;
    expect(parsed.value.serial).toHaveLength(20);
    expect(parsed.value.stamp).toMatchObject({ scheme: 'gtin', primaryKey: `01:${platformGtin}` });

    const verdict = await verify(url);
    expect(verdict.status).toBe(200);
    expect(verdict.body.verdict).toBe('genuine');
    expect(verdict.body.product).toMatchObject({ id: shop.productId, gtin: platformGtin });
    // The resolver's other answers find the product by its platform GTIN too.
    const linkset = await registry.request('GET', `${new URL(url).pathname}?linkType=linkset`);
    expect(linkset.status).toBe(200);
    const productLevel = await registry.request('GET', `/01/${platformGtin}?linkType=linkset`);
    expect(productLevel.status).toBe(200);
    const report = await registry.request('POST', '/v1/reports', {
      body: { stampUrl: url, note: 'Tem in mờ, nghi giả' },
    });
    const [alert] = await registry.deps.sql`
      select product_id from alerts where id = ${(await report.json()).id}`;
    expect(alert?.product_id).toBe(shop.productId);
  });

  it('leaves stamps printed under /ocop/ before as they were: same URLs, still genuine', async () => {
    const shop = await seedShop(registry);
    const before = await issueAndWait(registry, shop, 2);
    expect(before[0]).toMatch(/^HTTPS:\/\/VERIFY\.TEST\/OCOP\//);
    const { platformGtin } = await (await ask(registry, shop.productId, shop.sellerToken)).json();
    expect(platformGtin).toBeTruthy();

    // The earlier run's URLs and unit QR are rebuilt from what the run recorded, not the product.
    expect(await issuanceUrls(registry, shop)).toEqual(before);
    const qr = await registry.request('GET', `/v1/batches/${shop.batchId}/stamps/0/qr.svg`, {
      token: shop.sellerToken,
    });
    expect(qr.status).toBe(200);
    expect(qr.headers.get('x-stamp-typed-code')).toMatch(new RegExp(`^${shop.productCode}/`));
    for (const url of before) {
      const verdict = await verify(url);
      expect(verdict.status).toBe(200);
      expect(verdict.body.verdict).toBe('genuine');
    }

    const after = await issueAndWait(registry, shop, 1);
    expect(after[0]).toMatch(
      new RegExp(`^https://verify\\.test/01/${platformGtin}/10/${shop.batchCode}/21/`),
    );
    expect((await verify(after[0] as string)).body.verdict).toBe('genuine');
  });

  it("gives way to the producer's own GTIN bound later; stamps under the platform GTIN keep verifying", async () => {
    const shop = await seedShop(registry);
    const { platformGtin } = await (await ask(registry, shop.productId, shop.sellerToken)).json();
    const [underPlatform = ''] = await issueAndWait(registry, shop, 1);
    // No route binds a GTIN after registration yet; an official doing so is this update.
    const own = ownGtin();
    await registry.deps.sql`update products set gtin = ${own} where id = ${shop.productId}`;

    const [underOwn = ''] = await issueAndWait(registry, shop, 1);
    expect(new URL(underOwn).pathname).toMatch(new RegExp(`^/01/${own}/10/`));
    const ownVerdict = await verify(underOwn);
    expect(ownVerdict.body).toMatchObject({ verdict: 'genuine', product: { gtin: own } });
    // The pack says the platform GTIN, and so does its verdict.
    const oldVerdict = await verify(underPlatform);
    expect(oldVerdict.body).toMatchObject({ verdict: 'genuine', product: { gtin: platformGtin } });
    expect(await issuanceUrls(registry, shop)).toEqual([underPlatform]);
    // The platform GTIN stays the product's: never reassigned.
    const again = await ask(registry, shop.productId, shop.sellerToken);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ gtin: own, platformGtin });
  });

  it('is never given to two products, however many ask at once', async () => {
    const shop = await seedShop(registry);
    const ids = [shop.productId];
    for (let i = 0; i < 9; i++) ids.push(await newProduct(registry, shop));
    const answers = await Promise.all(ids.map((id) => ask(registry, id, shop.sellerToken)));
    expect(answers.map((r) => r.status)).toEqual(ids.map(() => 201));
    const gtins = await Promise.all(answers.map(async (r) => (await r.json()).platformGtin as string));
    expect(new Set(gtins).size).toBe(10);
    for (const gtin of gtins) expect(isValidGtin(gtin) && isUnderCompanyPrefix(gtin, PREFIX)).toBe(true);

    const one = await newProduct(registry, shop);
    const same = await Promise.all(Array.from({ length: 5 }, () => ask(registry, one, shop.sellerToken)));
    expect(same.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const given = await Promise.all(same.map(async (r) => (await r.json()).platformGtin));
    expect(new Set(given).size).toBe(1);
    expect(gtins).not.toContain(given[0]);
  });

  it("is refused to a product with its own GTIN: the producer's GTIN wins", async () => {
    const shop = await seedShop(registry, { gtin: ownGtin() });
    const r = await ask(registry, shop.productId, shop.sellerToken);
    expect(r.status).toBe(409);
    const { error } = await r.json();
    expect(error.code).toBe('product_has_gtin');
    expect(error.message).toMatch(/own GTIN/);
  });

  it('is refused to a tourism service (not a trade item)', async () => {
    const shop = await seedShop(registry);
    const r = await ask(registry, await newProduct(registry, shop, 'community_tourism'), shop.sellerToken);
    expect(r.status).toBe(409);
    expect((await r.json()).error.code).toBe('not_a_trade_item');
  });

  it("keeps the platform's GTINs out of producers' own: none under its prefix, none given out", async () => {
    const shop = await seedShop(registry);
    const { platformGtin } = await (await ask(registry, shop.productId, shop.sellerToken)).json();
    const official = await registry.tokens.official(['issuer']);
    for (const gtin of [platformGtin, `0${gtinFromCompanyPrefix(PREFIX, 99_999)}`]) {
      const r = await registry.request('POST', `/v1/producers/${shop.producerId}/products`, {
        token: official,
        body: { name: 'Nước mắm nhĩ', group: 'spices', gtin },
      });
      expect(r.status).toBe(409);
      expect((await r.json()).error.code).toBe('conflict');
    }
  });

  it('is answered 409 gtin_prefix_not_configured when GS1_COMPANY_PREFIX is unset', async () => {
    const shop = await seedShop(unconfigured);
    const r = await ask(unconfigured, shop.productId, shop.sellerToken);
    expect(r.status).toBe(409);
    const { error } = await r.json();
    expect(error.code).toBe('gtin_prefix_not_configured');
    expect(error.message).toMatch(/GS1_COMPANY_PREFIX/);
    // Stamps stay under /ocop/ and verify as before.
    const [url = ''] = await issueAndWait(unconfigured, shop, 1);
    expect(url).toMatch(/\/OCOP\//);
    expect((await verify(url, unconfigured)).body.verdict).toBe('genuine');
  });

  it('is answered 409 platform_gtins_exhausted once every item reference is given out', async () => {
    const shop = await seedShop(small);
    const ids = [shop.productId];
    for (let i = 0; i < 10; i++) ids.push(await newProduct(small, shop));
    const given: string[] = [];
    for (const id of ids.slice(0, 10)) {
      const r = await ask(small, id, shop.sellerToken);
      expect(r.status).toBe(201);
      given.push((await r.json()).platformGtin);
    }
    expect(given).toEqual(Array.from({ length: 10 }, (_, i) => `0${gtinFromCompanyPrefix(SMALL_PREFIX, i)}`));
    const refused = await ask(small, ids[10] as string, shop.sellerToken);
    expect(refused.status).toBe(409);
    const { error } = await refused.json();
    expect(error.code).toBe('platform_gtins_exhausted');
    expect(error.message).toMatch(/never reused/);
    // Products that have one keep it.
    expect((await ask(small, ids[0] as string, shop.sellerToken)).status).toBe(200);
  });
});

describe('who may ask for a platform GTIN', () => {
  let mine: SeededShop;
  let theirs: SeededShop;
  beforeAll(async () => {
    mine = await seedShop(registry);
    theirs = await seedShop(registry);
  });

  it("refuses another producer's seller (404, as for every other producer's row)", async () => {
    const r = await ask(registry, theirs.productId, mine.sellerToken);
    expect(r.status).toBe(404);
    expect((await r.json()).error.code).toBe('not_found');
  });

  it('refuses a shop not approved for the producer, officials who may not manage it, services and strangers', async () => {
    const pending = await registry.bind(theirs.producerId, { status: 'pending' });
    const unapproved = await ask(
      registry,
      theirs.productId,
      await registry.tokens.seller(theirs.producerId, pending.shopId),
    );
    expect(unapproved.status).toBe(403);
    expect((await unapproved.json()).error.code).toBe('binding_inactive');
    expect(
      (await ask(registry, theirs.productId, await registry.tokens.official(['inspector']))).status,
    ).toBe(403);
    const elsewhere = await registry.tokens.official(['issuer'], 'Hà Nội');
    expect((await ask(registry, theirs.productId, elsewhere)).status).toBe(403);
    expect((await ask(registry, theirs.productId, await registry.tokens.service())).status).toBe(403);
    expect((await ask(registry, theirs.productId)).status).toBe(401);
    const unchanged = await registry.request('GET', `/v1/products/${theirs.productId}`, {
      token: theirs.sellerToken,
    });
    expect((await unchanged.json()).platformGtin).toBeNull();
  });

  it("lets an issuing official of the producer's province ask for it", async () => {
    const official = await registry.tokens.official(['issuer'], 'An Giang');
    expect((await ask(registry, theirs.productId, official)).status).toBe(201);
  });
});
