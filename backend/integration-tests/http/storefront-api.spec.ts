import { randomInt } from 'node:crypto';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { syncAllListings, syncListings, syncRegistryProducts } from '../../src/lib/catalog/catalog-sync';
import { searchEngine } from '../../src/lib/search/search-engine';
import { ensureMarketplace, type Marketplace } from '../../src/lib/sellers/marketplace';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { adminToken, bearer, productBody, registerShop, registry, revoke, settle } from './helpers';

jest.setTimeout(300_000);

/** A registry producer in a given place. */
async function producer(
  legalName: string,
  province: string,
  commune: string,
  addressLine: string | null = null,
) {
  const created = await registry('POST', '/v1/producers', {
    legalName,
    kind: 'cooperative',
    registrationNumber: `HTX${`${Date.now()}${randomInt(1_000_000)}`.slice(-12)}`,
    province,
    commune,
    addressLine,
  });
  return created.id as string;
}

/** A registry product of a group, certified with scores that give the wanted stars. */
async function certifiedProduct(producerId: string, name: string, group: string, stars: 3 | 4 | 5) {
  const product = await registry('POST', `/v1/producers/${producerId}/products`, { name, group, gtin: null });
  const scores = { 3: { A: 25, B: 15, C: 20 }, 4: { A: 32, B: 20, C: 28.5 }, 5: { A: 38, B: 24, C: 33 } }[
    stars
  ];
  const certificate = await registry('POST', '/v1/certificates', {
    productId: product.id,
    number: `AG-${Math.floor(Math.random() * 1e9)}`,
    scores,
    issuingLevel: stars === 5 ? 'central' : 'province',
    issuerName: stars === 5 ? 'Bộ Nông nghiệp và Môi trường' : 'UBND tỉnh An Giang',
    decisionNumber: `QĐ-${Math.floor(Math.random() * 1e9)}`,
    issuedAt: '2026-03-01T02:00:00Z',
  });
  expect(certificate.stars).toBe(stars);
  return { id: product.id as string, certificateId: certificate.id as string, number: certificate.number };
}

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Marketplace;
    const store = () => ({ headers: { 'x-publishable-api-key': market.publishableKey } });
    const get = (url: string) => settle(api.get(url, store()));
    const listing = async (query: string) => {
      const res = await get(`/store/ocop/products${query}`);
      expect(res.status).toBe(200);
      return res.data as { products: any[]; count: number; facets?: any };
    };
    const titles = (products: { title: string }[]) => products.map((p) => p.title);

    // Offered: five products of four approved shops in three provinces. Not offered: a revoked
    // product, and the product of a shop still waiting for approval.
    const P = {
      mamCaLinh: 'mam-ca-linh-chau-doc',
      nuocMam: 'nuoc-mam-phu-quoc',
      khoCaLoc: 'kho-ca-loc',
      khoCaLinh: 'kho-ca-linh-tam-mam',
      traKhoQua: 'tra-kho-qua',
      revoked: 'mam-ca-sac',
      pending: 'mam-ca-linh-cho-duyet',
    };
    let mamCaLinh: { id: string; number: string };

    beforeAll(async () => {
      const container = getContainer();
      market = await ensureMarketplace(container);
      const operator = await adminToken(api, container);

      async function shop(
        handle: string,
        place: [province: string, commune: string, address?: string],
        products: { title: string; handle: string; group: string; stars: 3 | 4 | 5; price: number }[],
        approve = true,
      ) {
        const producerId = await producer(`HTX ${handle}`, ...place);
        const { seller, token } = await registerShop(api, handle, producerId);
        const created = [];
        for (const p of products) {
          const registryProduct = await certifiedProduct(producerId, p.title, p.group, p.stars);
          const body = productBody(registryProduct.id, {
            title: p.title,
            handle: p.handle,
            variants: [
              { title: 'Hũ 500g', price: p.price, inventory_quantity: 40 },
              { title: 'Hũ 1kg', price: p.price * 2 - 20_000, inventory_quantity: 10 },
              { title: 'Thùng 12 hũ', price: p.price * 11, inventory_quantity: 0 },
            ],
          });
          const res = await api.post('/vendor/products', body, bearer(token));
          created.push({ ...registryProduct, productId: res.data.product.id as string });
        }
        if (approve)
          await api.post(`/admin/sellers/${seller.id}/status`, { action: 'approve' }, bearer(operator));
        return created;
      }

      const [caLinh, caSac] = await shop(
        'mam-chau-doc',
        ['An Giang', 'Phường Châu Đốc', '12 Trưng Nữ Vương'],
        [
          {
            title: 'Mắm cá linh Châu Đốc',
            handle: P.mamCaLinh,
            group: 'processed_food',
            stars: 4,
            price: 125_000,
          },
          { title: 'Mắm cá sặc', handle: P.revoked, group: 'processed_food', stars: 4, price: 110_000 },
        ],
      );
      await shop(
        'nuoc-mam-phu-quoc',
        ['An Giang', 'Đặc khu Phú Quốc'],
        [{ title: 'Nước mắm Phú Quốc', handle: P.nuocMam, group: 'spices', stars: 5, price: 90_000 }],
      );
      await shop(
        'kho-dong-thap',
        ['Đồng Tháp', 'Xã Tháp Mười'],
        [
          { title: 'Khô cá lóc', handle: P.khoCaLoc, group: 'processed_food', stars: 3, price: 150_000 },
          {
            title: 'Khô cá linh tẩm mắm',
            handle: P.khoCaLinh,
            group: 'processed_food',
            stars: 3,
            price: 95_000,
          },
        ],
      );
      await shop(
        'tra-can-tho',
        ['Cần Thơ', 'Phường Ninh Kiều'],
        [
          {
            title: 'Trà khổ qua',
            handle: P.traKhoQua,
            group: 'functional_foods_herbal_medicines',
            stars: 4,
            price: 60_000,
          },
        ],
      );
      await shop(
        'mam-cho-duyet',
        ['An Giang', 'Phường Châu Đốc'],
        [
          {
            title: 'Mắm cá linh chờ duyệt',
            handle: P.pending,
            group: 'processed_food',
            stars: 4,
            price: 100_000,
          },
        ],
        false,
      );
      mamCaLinh = { id: caLinh?.productId as string, number: caLinh?.number as string };

      // The registry's batches of the Châu Đốc fish: the page shows the most recent.
      for (const [code, producedAt] of [
        ['CL-2026-10', '2026-10-15T00:00:00Z'],
        ['CL-2026-08', '2026-08-01T00:00:00Z'],
      ] as const) {
        await registry('POST', `/v1/products/${caLinh?.id}/batches`, {
          code,
          producedAt,
          bestBefore: '2027-10-15',
          quantity: 800,
          rawMaterialOrigin: 'Cá linh mùa nước nổi, đầu nguồn Tân Châu',
          standards: ['TCVN 5107:2018', 'HACCP'],
        });
      }

      // Revoked after listing: the sync (as the registry's webhook would trigger) withdraws it.
      await revoke(caSac?.certificateId as string);
      await syncRegistryProducts(container, [caSac?.id as string]);
    });

    describe('search', () => {
      it('uses Meilisearch when MEILISEARCH_HOST is set, else the built-in PostgreSQL engine', () => {
        expect(searchEngine(getContainer()).name).toBe(
          process.env.MEILISEARCH_HOST ? 'meilisearch' : 'postgres',
        );
      });

      it('finds "nuoc mam chau doc" without accents, the Châu Đốc fish first, by any of its words', async () => {
        const found = await listing('?q=nuoc%20mam%20chau%20doc');
        expect(found.products[0]).toMatchObject({
          id: mamCaLinh.id,
          title: 'Mắm cá linh Châu Đốc',
          price: 125_000,
        });
        expect(titles(found.products)).toEqual(
          expect.arrayContaining(['Nước mắm Phú Quốc', 'Khô cá linh tẩm mắm']),
        );
        // Neither the revoked product nor the pending shop's is offered, hence never found.
        expect(titles(found.products)).not.toContain('Mắm cá sặc');
        expect(titles(found.products)).not.toContain('Mắm cá linh chờ duyệt');
        expect(titles(found.products)).not.toContain('Trà khổ qua');
        expect(found.count).toBe(found.products.length);
      });

      it('puts the exact accented title first', async () => {
        const found = await listing(`?q=${encodeURIComponent('Mắm cá linh')}`);
        expect(titles(found.products).slice(0, 2)).toEqual(['Mắm cá linh Châu Đốc', 'Khô cá linh tẩm mắm']);
      });

      it('still finds with a typo', async () => {
        for (const q of ['chau dooc', 'cha doc', 'tra kho quaa']) {
          const found = await listing(`?q=${encodeURIComponent(q)}`);
          expect({ q, first: found.products[0]?.title }).toEqual({
            q,
            first: q.startsWith('tra') ? 'Trà khổ qua' : 'Mắm cá linh Châu Đốc',
          });
        }
      });

      it('filters and sorts within the results, and finds nothing for an unknown word', async () => {
        const inDongThap = await listing(`?q=mam&province=${encodeURIComponent('Đồng Tháp')}`);
        expect(titles(inDongThap.products)).toEqual(['Khô cá linh tẩm mắm']);
        const cheapest = await listing('?q=mam&sort=price_asc');
        expect(cheapest.products.map((p) => p.price)).toEqual(
          [...cheapest.products.map((p) => p.price)].sort((a, b) => a - b),
        );
        expect(await listing('?q=xyzzyqwv')).toMatchObject({ products: [], count: 0 });
        // A scanned stamp names the registry product: the verify page links to its offer.
        const registryProductId = (await get(`/store/ocop/products/${P.mamCaLinh}`)).data.product
          .registry_product_id;
        const byStamp = await listing(`?registry_product_id=${registryProductId}`);
        expect(byStamp.products.map((p) => p.id)).toEqual([mamCaLinh.id]);
        // Without q, relevance has nothing to rank by: newest first, as before.
        const all = await listing('?sort=relevance');
        expect(all.count).toBe(5);
        expect(all.facets).toBeUndefined();
      });
    });

    describe('with Meilisearch down', () => {
      it('answers searches from PostgreSQL, and syncs listings all the same', async () => {
        const configured = process.env.MEILISEARCH_HOST;
        process.env.MEILISEARCH_HOST = 'http://127.0.0.1:9';
        try {
          expect(searchEngine(getContainer()).name).toBe('meilisearch');
          const found = await listing('?q=nuoc%20mam%20chau%20doc');
          expect(found.products[0]?.id).toBe(mamCaLinh.id);
          expect((await syncListings(getContainer(), [mamCaLinh.id])).synced).toBe(1);
          expect((await syncAllListings(getContainer())).synced).toBe(7);
        } finally {
          if (configured === undefined) delete process.env.MEILISEARCH_HOST;
          else process.env.MEILISEARCH_HOST = configured;
        }
      });
    });

    describe('facets', () => {
      it('counts each facet under the other filters only (disjunctive), offered products only', async () => {
        const all = await listing('?facets=true&limit=1');
        expect(all.count).toBe(5);
        expect(all.facets).toEqual({
          sector: [
            { value: 'food', count: 4 },
            { value: 'herbal', count: 1 },
          ],
          product_group: [
            { value: 'processed_food', count: 3 },
            { value: 'functional_foods_herbal_medicines', count: 1 },
            { value: 'spices', count: 1 },
          ],
          province: [
            { value: 'An Giang', count: 2 },
            { value: 'Đồng Tháp', count: 2 },
            { value: 'Cần Thơ', count: 1 },
          ],
          commune: [
            { value: 'Xã Tháp Mười', count: 2 },
            { value: 'Phường Châu Đốc', count: 1 },
            { value: 'Phường Ninh Kiều', count: 1 },
            { value: 'Đặc khu Phú Quốc', count: 1 },
          ],
          stars: [
            { value: 3, count: 2 },
            { value: 4, count: 2 },
            { value: 5, count: 1 },
          ],
          price: { min: 60_000, max: 150_000 },
        });

        const filtered = await listing(`?facets=1&province=${encodeURIComponent('An Giang')}&stars=4`);
        expect(titles(filtered.products)).toEqual(['Mắm cá linh Châu Đốc']);
        // Provinces under stars=4 only; stars under An Giang only; the rest under both.
        expect(filtered.facets.province).toEqual([
          { value: 'An Giang', count: 1 },
          { value: 'Cần Thơ', count: 1 },
        ]);
        expect(filtered.facets.stars).toEqual([
          { value: 4, count: 1 },
          { value: 5, count: 1 },
        ]);
        expect(filtered.facets.sector).toEqual([{ value: 'food', count: 1 }]);
        expect(filtered.facets.price).toEqual({ min: 125_000, max: 125_000 });

        const priced = await listing('?facets=true&min_price=100000');
        expect(priced.count).toBe(2);
        expect(priced.facets.price).toEqual({ min: 60_000, max: 150_000 });

        const searched = await listing('?facets=true&q=kho');
        expect(searched.facets.province).toEqual(expect.arrayContaining([{ value: 'Đồng Tháp', count: 2 }]));
      });
    });

    describe('product page', () => {
      it('shows the product, its variants, its OCOP proof, the shop, the producer and the latest batch', async () => {
        const res = await get(`/store/ocop/products/${P.mamCaLinh}`);
        expect(res.status).toBe(200);
        const { thumbnail, ...product } = res.data.product;
        expect(thumbnail === null || typeof thumbnail === 'string').toBe(true);
        expect(product).toEqual({
          id: mamCaLinh.id,
          title: 'Mắm cá linh Châu Đốc',
          subtitle: null,
          description: 'Cá linh mùa nước nổi, ủ chượp 6 tháng.',
          handle: P.mamCaLinh,
          images: [{ url: 'https://picsum.photos/seed/mam/800/800' }],
          price: 125_000,
          currency_code: 'vnd',
          variants: [
            { id: expect.any(String), title: 'Hũ 500g', sku: null, price: 125_000, in_stock: true },
            { id: expect.any(String), title: 'Hũ 1kg', sku: null, price: 230_000, in_stock: true },
            { id: expect.any(String), title: 'Thùng 12 hũ', sku: null, price: 1_375_000, in_stock: false },
          ],
          stars: 4,
          certificate_number: mamCaLinh.number,
          issuer_name: 'UBND tỉnh An Giang',
          issuing_level: 'province',
          certificate_issued_at: '2026-03-01T02:00:00.000Z',
          valid_until: expect.stringMatching(/^2029-03-01/),
          certificate_status: 'active',
          sector: 'food',
          product_group: 'processed_food',
          province: 'An Giang',
          commune: 'Phường Châu Đốc',
          registry_product_id: expect.any(String),
          seller: {
            id: expect.any(String),
            handle: 'mam-chau-doc',
            name: 'Cửa hàng mam-chau-doc',
            story: null,
            logo_url: null,
            province: 'An Giang',
            commune: 'Phường Châu Đốc',
          },
          producer: {
            legal_name: 'HTX mam-chau-doc',
            kind: 'cooperative',
            address: '12 Trưng Nữ Vương',
            province: 'An Giang',
            commune: 'Phường Châu Đốc',
          },
          batch: {
            code: 'CL-2026-10',
            produced_at: '2026-10-15T00:00:00.000Z',
            best_before: '2027-10-15',
            standards: ['TCVN 5107:2018', 'HACCP'],
            raw_material_origin: 'Cá linh mùa nước nổi, đầu nguồn Tân Châu',
          },
        });
      });

      it('has no batch when the registry has none', async () => {
        const res = await get(`/store/ocop/products/${P.nuocMam}`);
        expect(res.data.product).toMatchObject({ stars: 5, issuing_level: 'central', batch: null });
        expect(res.data.product.producer).toMatchObject({
          legal_name: 'HTX nuoc-mam-phu-quoc',
          address: null,
        });
      });

      it('is not found once the certificate is revoked, for an unapproved shop, or for an unknown handle', async () => {
        for (const handle of [P.revoked, P.pending, 'khong-co']) {
          const res = await get(`/store/ocop/products/${handle}`);
          expect(res.status).toBe(404);
          // A stable code the storefront translates (@ocop/contracts), beside the English message.
          expect(res.data).toEqual({
            type: 'not_found',
            code: 'product_not_found',
            message: expect.stringContaining(handle),
          });
        }
      });
    });

    describe('shop page', () => {
      it('shows an approved shop with its producer and its offered products count', async () => {
        const res = await get('/store/ocop/sellers/mam-chau-doc');
        expect(res.status).toBe(200);
        expect(res.data).toEqual({
          seller: {
            id: expect.any(String),
            handle: 'mam-chau-doc',
            name: 'Cửa hàng mam-chau-doc',
            story: null,
            logo_url: null,
            province: 'An Giang',
            commune: 'Phường Châu Đốc',
            producer: { legal_name: 'HTX mam-chau-doc', kind: 'cooperative', address: '12 Trưng Nữ Vương' },
          },
          // The revoked product is not counted.
          product_count: 1,
        });
      });

      it('is not found for a shop waiting for approval, or an unknown one', async () => {
        for (const handle of ['mam-cho-duyet', 'khong-co']) {
          const res = await get(`/store/ocop/sellers/${handle}`);
          expect(res.status).toBe(404);
          expect(res.data.type).toBe('not_found');
        }
      });
    });

    describe('a certificate past its expiry before the next sync', () => {
      it('takes the product out of the listing, search, its page, its shop and the sitemap at once', async () => {
        // The registry's expiry job and the reconciliation run later: only the date has passed.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION);
        const [{ certificate_expires_at: expiresAt }] = (
          await pg.raw('select certificate_expires_at from ocop_listing where handle = ?', [P.traKhoQua])
        ).rows;
        await pg.raw(
          "update ocop_listing set certificate_expires_at = now() - interval '1 minute' where handle = ?",
          [P.traKhoQua],
        );
        try {
          expect(titles((await listing('?limit=50')).products)).not.toContain('Trà khổ qua');
          expect((await listing('?q=tra%20kho%20qua')).products.map((p) => p.title)).not.toContain(
            'Trà khổ qua',
          );
          expect((await get(`/store/ocop/products/${P.traKhoQua}`)).status).toBe(404);
          expect((await get('/store/ocop/sellers/tra-can-tho')).data.product_count).toBe(0);
          const sitemap = (await get('/store/ocop/sitemap')).data.products.map((p: any) => p.handle);
          expect(sitemap).not.toContain(P.traKhoQua);
        } finally {
          await pg.raw('update ocop_listing set certificate_expires_at = ? where handle = ?', [
            expiresAt,
            P.traKhoQua,
          ]);
        }
        expect((await get(`/store/ocop/products/${P.traKhoQua}`)).status).toBe(200);
      });
    });

    describe('sitemap', () => {
      it('lists only offered products and approved shops, with when each changed', async () => {
        const res = await get('/store/ocop/sitemap');
        expect(res.status).toBe(200);
        expect(res.data.products.map((p: any) => p.handle).sort()).toEqual(
          [P.khoCaLinh, P.khoCaLoc, P.mamCaLinh, P.nuocMam, P.traKhoQua].sort(),
        );
        expect(res.data.sellers.map((s: any) => s.handle)).toEqual([
          'kho-dong-thap',
          'mam-chau-doc',
          'nuoc-mam-phu-quoc',
          'tra-can-tho',
        ]);
        for (const entry of [...res.data.products, ...res.data.sellers]) {
          expect(Number.isNaN(Date.parse(entry.updated_at))).toBe(false);
        }
      });
    });

    describe('the store API contract', () => {
      it('needs the publishable key', async () => {
        for (const url of [
          '/store/ocop/products?q=mam',
          `/store/ocop/products/${P.mamCaLinh}`,
          '/store/ocop/sellers/mam-chau-doc',
          '/store/ocop/sitemap',
        ]) {
          const res = await settle(api.get(url));
          expect({ url, status: res.status }).toEqual({ url, status: 400 });
        }
      });

      it('validates the query and the path', async () => {
        const long = await get(`/store/ocop/products?q=${'a'.repeat(201)}`);
        expect(long.status).toBe(400);
        expect(long.data).toMatchObject({
          type: 'invalid_data',
          message: expect.stringMatching(/^Invalid query: q:/),
        });
        const facets = await get('/store/ocop/products?facets=yes&sort=best');
        expect(facets.status).toBe(400);
        expect(facets.data.message).toMatch(/facets/);
        const handle = await get(`/store/ocop/products/${'a'.repeat(201)}`);
        expect(handle.status).toBe(400);
        expect(handle.data.message).toMatch(/^Invalid path: handle:/);
      });
    });
  },
});
