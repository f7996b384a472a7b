import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureMarketplace, type Marketplace } from '../../src/lib/sellers/marketplace';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { adminToken, approvedShopWithProduct } from './helpers';

jest.setTimeout(600_000);

/**
 * A property: no input makes the store, vendor, auth or hooks routes answer 5xx. The routes are
 * read from the route files (ours and Medusa's store, auth and hooks routes), so a new route is
 * walked without being listed. Each is fed NUL, lone surrogates, undecodable percent-escapes,
 * huge numbers, deep JSON and wrong content types, signed in and not.
 */
const MEDUSA_API = path.resolve(__dirname, '../../../node_modules/@medusajs/medusa/dist/api');
const OURS = path.resolve(__dirname, '../../src/api');

function routesUnder(root: string, area: string, file: RegExp): { method: string; route: string }[] {
  const found: { method: string; route: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (file.test(entry.name)) {
        const route = `/${path.relative(root, dir)}`.replace(/\[(\w+)\]/g, ':$1');
        for (const m of readFileSync(full, 'utf8').matchAll(
          /exports?\.?\s*(?:const\s+)?(GET|POST|DELETE)\s*=/g,
        )) {
          found.push({ method: m[1], route });
        }
      }
    }
  };
  walk(path.join(root, area));
  return found;
}

const ROUTES = [
  ...['store', 'vendor', 'hooks'].flatMap((a) => routesUnder(OURS, a, /^route\.ts$/)),
  ...['store', 'auth', 'hooks'].flatMap((a) => routesUnder(MEDUSA_API, a, /^route\.js$/)),
].filter((r, i, all) => all.findIndex((x) => x.method === r.method && x.route === r.route) === i);

const BAD_SEGMENTS = ['x%00y', '%ED%A0%80', '%C0%AE', '99999999999999999999999', 'cart_%00'];
const BAD_QUERIES = [
  'limit=1e400&offset=99999999999999999999',
  'q=%00&min_price=2147483648&max_price=-1',
  'fields=%00&order=%ED%A0%80',
  'expand=*&fields=*items.*.*.*',
  'stars[]=3&stars[][x]=%00',
];
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
const BAD_BODIES: { body: string; type: string }[] = [
  {
    body: '{"email":"a\\u0000@b.vn","password":"x\\u0000","title":"\\u0000","quantity":1e308}',
    type: 'application/json',
  },
  {
    body: '{"email":"\\ud800","identifier":"\\udc00","cart_id":"\\ud800","handle":"\\ud83d"}',
    type: 'application/json',
  },
  { body: deep, type: 'application/json' },
  {
    body: '{"quantity":99999999999999999999999,"price":-1e400,"count":2147483648,"limit":1e21}',
    type: 'application/json',
  },
  { body: '{"a":', type: 'application/json' },
  { body: 'email=a%00b&password=x', type: 'application/x-www-form-urlencoded' },
  { body: '\u0000\u0001', type: 'text/plain' },
  { body: '[1,2,3]', type: 'application/json' },
];

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Marketplace;
    let sellerToken: string | null = null;
    let customerToken: string | null = null;
    let ids: Record<string, string> = {};

    beforeAll(async () => {
      market = await ensureMarketplace(getContainer());
      const identity = await api.post('/auth/customer/emailpass/register', {
        email: 'walker@mail.vn',
        password: 'mat-khau-1234',
      });
      customerToken = identity.data.token as string;
      // The walk goes as an approved shop too: a shop that cannot be made fails the test.
      const operator = await adminToken(api, getContainer());
      const shop = await approvedShopWithProduct(api, operator, 'thu-nghiem');
      sellerToken = shop.token;
      ids = { id: shop.product.id, variant_id: shop.product.variants[0].id, handle: shop.product.handle };
    });

    it('answers no 5xx to bad input on any store, vendor, auth or hooks route', async () => {
      const send = async (
        method: string,
        url: string,
        token: string | null,
        body?: { body: string; type: string },
      ) => {
        const response = await fetch(new URL(url, api.defaults.baseURL as string), {
          method,
          headers: {
            'x-publishable-api-key': market.publishableKey,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body ? { 'content-type': body.type } : {}),
          },
          body: method === 'GET' ? undefined : (body?.body ?? '{}'),
        });
        const text = await response.text();
        return { status: response.status, text };
      };
      let sent = 0;
      const failures: string[] = [];
      const check = async (
        method: string,
        url: string,
        token: string | null,
        body?: { body: string; type: string },
      ) => {
        sent++;
        const r = await send(method, url, token, body);
        if (r.status >= 500)
          failures.push(
            `${r.status} ${method} ${url} ${body?.body.slice(0, 60) ?? ''} → ${r.text.slice(0, 200)}`,
          );
      };
      for (const { method, route } of ROUTES) {
        const plain = route.replace(/:(\w+)/g, (_, k: string) => ids[k] ?? `${k}_unknown`);
        for (const token of [null, customerToken, sellerToken].filter((t, i) => i === 0 || t)) {
          const params = route.match(/:\w+/g) ?? [];
          for (const segment of BAD_SEGMENTS) {
            if (params.length === 0) break;
            await check(method, route.replace(/:(\w+)/g, segment), token);
          }
          for (const query of BAD_QUERIES) await check(method, `${plain}?${query}`, token);
          if (method !== 'GET') for (const body of BAD_BODIES) await check(method, plain, token, body);
        }
      }
      console.log(
        `no-5xx walk: ${ROUTES.length} routes, ${sent} requests, ${failures.length} answered 5xx\n${failures.join('\n')}`,
      );
      expect(failures).toEqual([]);
    });
  },
});
