import { randomInt } from 'node:crypto';
import { gtinCheckDigit } from '@ocop/domain';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';
import descriptionSchema from './gs1-schemas/gs1-description-file-schema-1.2.0.json';
import gs1LinksetSchema from './gs1-schemas/gs1-linkset-schema.json';
import linksetSchema from './gs1-schemas/linkset-schema.json';

// Our own tests of each SHALL of GS1's resolver conformance statements (Conformance.txt,
// Conformance1_2.txt, ConformantResolver1_0.txt) that applies to an HTTP resolver; each test
// is named after the statement. Not applicable, and so not tested: compressed URIs (we print
// none and do not decompress) and gs1:handledBy (we never redirect on a company prefix alone).

const BASE = 'https://verify.test';
const SHOP = 'https://shop.test';
const HTML = { accept: 'text/html' };
const JSON_ACCEPT = { accept: 'application/json' };
const GS1 = 'https://gs1.org/voc/';

// The schemas GS1's test suite validates linksets and description files with (copied from
// /work/shared/gs1, data only). They use annotation keywords of their own ("name").
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validGs1Linkset = ajv.compile(gs1LinksetSchema);
const validLinkset = ajv.compile(linksetSchema);
const validDescription = ajv.compile(descriptionSchema);

let registry: TestRegistry;
let bare: TestRegistry;
let shop: SeededShop;
let gtin: string;
let units: string[];
let unit: string;
let batch: string;
let product: string;

const randomGtin = () => {
  const body = `893${String(randomInt(1e9)).padStart(9, '0')}`;
  return `0${body}${gtinCheckDigit(body)}`;
};
const get = (path: string, headers: Record<string, string> = {}, on = registry) =>
  on.request('GET', path, { headers });
const location = (response: Response) => response.headers.get('location');
const linkHeader = (response: Response) => parseLinkHeader(response.headers.get('link') ?? '');

beforeAll(async () => {
  registry = await createTestRegistry({ env: { STOREFRONT_URL: SHOP } });
  bare = await createTestRegistry();
  bare.deps.stampKeys = registry.deps.stampKeys;
  gtin = randomGtin();
  shop = await seedShop(registry, { gtin });
  units = (await issueAndWait(registry, shop, 4)).map((url) => new URL(url).pathname);
  unit = units[0] as string;
  batch = `/01/${gtin}/10/${shop.batchCode}`;
  product = `/01/${gtin}`;
});
afterAll(async () => {
  await bare?.close();
  await registry?.close();
});

describe('GS1 resolver conformance', () => {
  it('SHALL support HTTP 1.1 (or higher) GET, HEAD and OPTIONS requests', async () => {
    const got = await get(unit, HTML);
    expect(got.status).toBe(307);
    const head = await registry.request('HEAD', unit, { headers: HTML });
    expect(head.status).toBe(307);
    expect(location(head)).toBe(location(got));
    expect(await head.text()).toBe('');
    const headLinkset = await registry.request('HEAD', `${product}?linkType=linkset`);
    expect(headLinkset.status).toBe(200);
    expect(headLinkset.headers.get('content-type')).toContain('application/linkset+json');
    const options = await registry.request('OPTIONS', product);
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('SHALL support CORS', async () => {
    const origin = { origin: 'https://scanner.example' };
    const preflight = await registry.request('OPTIONS', unit, {
      headers: { ...origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    for (const response of [
      await get(unit, { ...HTML, ...origin }),
      await get(`${product}?linkType=linkset`, origin),
      await get('/.well-known/gs1resolver', origin),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      // Named on every answer, not only preflights, so a client can read them.
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    }
    const exposed = (await get(unit, { ...HTML, ...origin })).headers.get('access-control-expose-headers');
    expect(exposed).toContain('Link');
  });

  it('SHALL support HTTP Over TLS (HTTPS): every URI we publish is https (PUBLIC_BASE_URL)', async () => {
    // TLS itself is the deployment's (decision 015); the resolver names only PUBLIC_BASE_URL.
    const description = await (await get('/.well-known/gs1resolver')).json();
    expect(description.resolverRoot).toBe(BASE);
    const linkset = await (await get(`${unit}?linkType=linkset`)).json();
    for (const context of linkset.linkset) expect(context.anchor).toMatch(/^https:\/\/verify\.test\//);
  });

  it('SHALL extract and syntactically validate the URI and report errors with an HTTP response code of 400', async () => {
    const body = gtin.slice(0, -1);
    const wrongCheck = body + ((Number(gtin.slice(-1)) + 1) % 10);
    for (const bad of [
      '/01/12345',
      `/01/${wrongCheck}`,
      '/01/x',
      `${unit}/foo`,
      `${product}/foo`,
      `${product}/10`,
      `${product}/21/S1/10/L1`,
      `${product}/10/${'x'.repeat(21)}`,
      `${product}/10/l%C3%B4`,
      `${product}/10/a%ZZ`,
    ]) {
      const response = await get(bad, JSON_ACCEPT);
      expect(response.status, bad).toBe(400);
      // A broken percent-escape is refused before routing (invalid_path), the rest here.
      expect(['malformed_stamp', 'invalid_path']).toContain((await response.json()).error.code);
      expect((await get(bad, HTML)).status, bad).toBe(400);
    }
  });

  it('SHALL NOT use a 200 OK response code with a resource that indicates an error condition', async () => {
    const unknownGtin = `/01/${randomGtin()}`;
    const forged = `${unit.slice(0, -1)}${unit.endsWith('A') ? 'B' : 'A'}`;
    for (const [path, headers] of [
      [unknownGtin, {}],
      [unknownGtin, HTML],
      [`${unknownGtin}?linkType=linkset`, {}],
      [`${unknownGtin}?linkType=all`, {}],
      [`${unknownGtin}?linkType=gs1:pip`, {}],
      [unknownGtin, { accept: 'application/linkset+json' }],
      [`${unknownGtin}/10/${shop.batchCode}`, JSON_ACCEPT],
      [`${product}/10/NOSUCHBATCH?linkType=linkset`, {}],
      [`${forged}?linkType=linkset`, {}],
      [forged, JSON_ACCEPT],
    ] as const) {
      const response = await get(path, headers);
      expect(response.status, path).toBe(404);
    }
    // Unknown in the registry without a storefront too.
    expect((await get(unknownGtin, {}, bare)).status).toBe(404);
  });

  it('SHALL respond to linkType=linkset and Accept: application/linkset+json with the RFC 9264 linkset', async () => {
    for (const [path, headers] of [
      [`${unit}?linkType=linkset`, {}],
      [`${unit}?linkType=all`, {}],
      [`${unit}?linkType=linkset`, HTML],
      [unit, { accept: 'application/linkset+json' }],
      [batch, { accept: 'application/linkset+json, application/json;q=0.5' }],
      [`${product}?linkType=linkset`, {}],
      [`${product}/21/${units[1]?.split('/').at(-1)}?linkType=linkset`, {}],
    ] as const) {
      const response = await get(path, headers);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('application/linkset+json');
      const linkset = await response.json();
      expect(validGs1Linkset(linkset), JSON.stringify(validGs1Linkset.errors)).toBe(true);
      expect(validLinkset(plain(linkset)), JSON.stringify(validLinkset.errors)).toBe(true);
    }
    // Also without a storefront, where a product's links are its linkset alone.
    for (const path of [`${unit}?linkType=linkset`, `${product}?linkType=linkset`]) {
      const linkset = await (await get(path, {}, bare)).json();
      expect(validGs1Linkset(linkset), JSON.stringify(validGs1Linkset.errors)).toBe(true);
      expect(validLinkset(plain(linkset)), JSON.stringify(validLinkset.errors)).toBe(true);
    }
  });

  it('SHALL include the links of each level up to the primary key in the linkset', async () => {
    const linkset = await (await get(`${unit}?linkType=linkset`)).json();
    expect(linkset.linkset.map((c: { anchor: string }) => c.anchor)).toEqual([
      `${BASE}${unit}`,
      `${BASE}${product}`,
    ]);
    const [stamp, item] = linkset.linkset;
    expect(stamp.itemDescription).toContain('Mắm cá linh Châu Đốc');
    expect(stamp.itemDescription).toContain(shop.batchCode);
    expect(item.itemDescription).toBe('Mắm cá linh Châu Đốc');
    expect(stamp[`${GS1}pip`][0].href).toBe(`${SHOP}${unit}`);
    expect(item[`${GS1}pip`][0].href).toBe(
      `${SHOP}/san-pham?q=${encodeURIComponent('Mắm cá linh Châu Đốc')}`,
    );
  });

  it('SHALL use the uncompressed request URI as the subject (anchor) of the linkset', async () => {
    const withSlash = await (await get(`${batch}/?linkType=linkset&foo=bar`)).json();
    expect(withSlash.linkset[0].anchor).toBe(`${BASE}${batch}`);
  });

  it('SHALL include the target URL, the link type and a title in every link, and SHOULD include the languages', async () => {
    const linkset = await (await get(`${unit}?linkType=linkset`)).json();
    for (const context of linkset.linkset) {
      for (const [rel, links] of Object.entries(context)) {
        if (rel === 'anchor' || rel === 'itemDescription') continue;
        expect(rel.startsWith(GS1), rel).toBe(true);
        for (const link of links as Record<string, unknown>[]) {
          expect(link.href).toMatch(/^https:\/\//);
          expect(typeof link.title === 'string' && link.title.length > 0).toBe(true);
          if (rel !== `${GS1}defaultLink`) expect(link.hreflang).toEqual(['vi', 'en']);
        }
      }
    }
    // The Link header: rel and a Latin-1 title on every link (titles in both languages in title*).
    const links = linkHeader(await get(unit, HTML));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.params.rel).toBeTruthy();
      expect(link.params.title).toMatch(/^[\x20-\x7e]+$/);
    }
    const pip = links.find((l) => l.params.rel === `${GS1}pip`);
    expect(decodeURIComponent(pip?.params['title*']?.replace("UTF-8''", '') ?? '')).toBe(
      'Thông tin sản phẩm / Product information',
    );
  });

  it('SHALL use media types defined by IANA for links that have one', async () => {
    const iana = ['text/html', 'application/json', 'application/linkset+json'];
    const linkset = await (await get(`${unit}?linkType=linkset`)).json();
    for (const context of linkset.linkset) {
      for (const links of Object.values(context)) {
        if (!Array.isArray(links)) continue;
        for (const link of links) if (link.type) expect(iana).toContain(link.type);
      }
    }
    for (const link of linkHeader(await get(unit, HTML))) {
      if (link.params.type) expect(iana).toContain(link.params.type);
    }
  });

  it('SHALL describe gs1:defaultLink with a descriptive link type too, and the default link SHALL NOT have optional attributes', async () => {
    for (const path of [unit, batch, product]) {
      const linkset = await (await get(`${path}?linkType=linkset`)).json();
      for (const context of linkset.linkset) {
        const defaults = context[`${GS1}defaultLink`];
        if (!defaults) continue;
        expect(defaults).toHaveLength(1);
        expect(Object.keys(defaults[0]).sort()).toEqual(['href', 'title']);
        const described = Object.entries(context).some(
          ([rel, links]) =>
            rel !== `${GS1}defaultLink` &&
            Array.isArray(links) &&
            links.some((l: { href: string }) => l.href === defaults[0].href),
        );
        expect(described, path).toBe(true);
      }
    }
  });

  it('SHALL have a default link at the entry level or higher up the tree, for any request URI', async () => {
    const serialOnly = `${product}/21/${units[2]?.split('/').at(-1)}`;
    for (const path of [unit, batch, product, serialOnly]) {
      const linkset = await (await get(`${path}?linkType=linkset`)).json();
      const withDefault = linkset.linkset.filter((c: Record<string, unknown>) => c[`${GS1}defaultLink`]);
      expect(withDefault.length, path).toBeGreaterThan(0);
    }
  });

  it('SHALL redirect to the default link unless the request can be better matched', async () => {
    // A person's browser: the storefront's verify page, the contract the storefront relies on.
    for (const headers of [HTML, { accept: '*/*' }, {}]) {
      const response = await get(unit, headers);
      expect(response.status).toBe(307);
      expect(location(response)).toBe(`${SHOP}${unit}`);
    }
    expect(location(await get(batch, HTML))).toBe(`${SHOP}${batch}`);
    // The product alone: the shop's page for it.
    const item = await get(product, HTML);
    expect(item.status).toBe(307);
    expect(location(item)).toBe(`${SHOP}/san-pham?q=${encodeURIComponent('Mắm cá linh Châu Đốc')}`);
    // The default named as a link type goes to the same place.
    expect(location(await get(`${unit}?linkType=gs1:defaultLink`))).toBe(`${SHOP}${unit}`);
  });

  it('resolves /01/{gtin} and /01/{gtin}/21/{serial} (no batch) at product level', async () => {
    // A serial is signed together with its batch, so without the batch it cannot be checked:
    // the answer is the product's (links up the tree), and the linkset says which serial was asked.
    const serial = units[3]?.split('/').at(-1) as string;
    const serialOnly = `${product}/21/${serial}`;
    const response = await get(serialOnly, HTML);
    expect(response.status).toBe(307);
    expect(location(response)).toBe(location(await get(product, HTML)));
    const linkset = await (await get(serialOnly, JSON_ACCEPT)).json();
    expect(linkset.linkset[0]).toMatchObject({ anchor: `${BASE}${serialOnly}` });
    expect(linkset.linkset[0].itemDescription).toContain(serial);
    // An app asking a product-level URI for JSON gets its links: there is no verdict to give.
    const json = await get(product, JSON_ACCEPT);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/linkset+json');
    // GTIN-13 written without the leading zero names the same product.
    expect((await get(`/01/${gtin.slice(1)}?linkType=linkset`)).status).toBe(200);
  });

  it('SHALL support all key qualifiers of (01): 22, 10 and 21, in order', async () => {
    // Syntactically valid, so not 400; we record no variants (22), so not found.
    expect((await get(`${product}/22/V1?linkType=linkset`)).status).toBe(404);
    expect((await get(`${product}/22/V1/10/${shop.batchCode}`, JSON_ACCEPT)).status).toBe(404);
    expect((await get(`${product}/10/${shop.batchCode}/22/V1`, JSON_ACCEPT)).status).toBe(400);
  });

  it('accepts batch and serial values from GS1 AI-82, percent-encoded where needed', async () => {
    const ai82 = encodeURIComponent(`!"%&'()*+,-./:;<=>?_`);
    for (const path of [
      `${product}/10/${ai82}`,
      `${product}/10/${ai82}/21/${ai82}`,
      `${product}/10/A*B/21/x`,
    ]) {
      // Valid GS1, but not a batch we could have printed: unknown, never malformed.
      expect((await get(path, JSON_ACCEPT)).status, path).toBe(404);
      expect((await get(`${path}?linkType=linkset`)).status, path).toBe(404);
    }
  });

  it('SHALL redirect to the requested linkType if available', async () => {
    const expected = {
      'gs1:pip': `${SHOP}${unit}`,
      'gs1:verificationService': `${BASE}${unit}?format=json`,
      'gs1:certificationInfo': `${BASE}${unit}?format=json`,
      [`${GS1}pip`]: `${SHOP}${unit}`,
      'https://ref.gs1.org/voc/verificationService': `${BASE}${unit}?format=json`,
    };
    for (const [linkType, target] of Object.entries(expected)) {
      const response = await get(`${unit}?linkType=${encodeURIComponent(linkType)}`, JSON_ACCEPT);
      expect(response.status, linkType).toBe(307);
      expect(location(response), linkType).toBe(target);
    }
    // Every link the Link header lists is reached by asking for its rel (the linkset aside,
    // which GS1 resolver 1.0 serves directly).
    for (const link of linkHeader(await get(unit, HTML))) {
      const response = await get(`${unit}?linkType=${encodeURIComponent(link.params.rel as string)}`);
      if (link.params.rel === 'linkset') {
        expect(response.status).toBe(200);
        continue;
      }
      expect(response.status, link.params.rel).toBe(307);
      expect(location(response)).toBe(link.href);
    }
    // The product's own page, asked from a unit's URI, is found up the tree only when the unit
    // has none; the unit's pip is its verify page.
    expect(location(await get(`${product}?linkType=gs1:pip`))).toContain('/san-pham?q=');
  });

  it('SHALL return a 404 Not Found message if a link of the requested type is not available', async () => {
    for (const linkType of ['gs1:nonsense', 'gs1:PIP', 'pip', 'https://example.com/voc/pip', '']) {
      const response = await get(`${unit}?linkType=${encodeURIComponent(linkType)}`, HTML);
      expect(response.status, linkType).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    // A type we offer for stamps, asked of a product: not there.
    expect((await get(`${product}?linkType=gs1:verificationService`)).status).toBe(404);
  });

  it('SHALL pass on all key=value pairs in the query string of the request URI when redirecting', async () => {
    const passed = await get(`${unit}?foo=bar&lang=vi`, HTML);
    expect(location(passed)).toBe(`${SHOP}${unit}?foo=bar&lang=vi`);
    // linkType was for us; the target's own query is kept.
    const typed = await get(`${unit}?foo=bar&linkType=gs1:verificationService&x=1`);
    expect(location(typed)).toBe(`${BASE}${unit}?format=json&foo=bar&x=1`);
    expect(location(await get(`${product}?foo=bar`, HTML))).toMatch(/\?q=[^&]+&foo=bar$/);
  });

  it('SHALL expose the full list of links in a Link header when redirecting, with the linkset', async () => {
    for (const path of [unit, batch, product]) {
      const response = await get(path, HTML);
      expect(response.status).toBe(307);
      const rels = linkHeader(response).map((l) => l.params.rel);
      expect(rels, path).toContain('linkset');
      expect(rels, path).toContain(`${GS1}pip`);
      expect(rels, path).toContain(`${GS1}defaultLink`);
      const linkset = linkHeader(response).find((l) => l.params.rel === 'linkset');
      expect(linkset?.href).toBe(`${BASE}${path}?linkType=linkset`);
      expect(linkset?.params.type).toBe('application/linkset+json');
    }
    const unitRels = linkHeader(await get(unit, HTML)).map((l) => l.params.rel);
    expect(unitRels).toEqual(
      expect.arrayContaining([`${GS1}verificationService`, `${GS1}certificationInfo`]),
    );
    // The verdict answered directly (JSON, or the page without a storefront) lists them too.
    expect(linkHeader(await get(units[1] as string, JSON_ACCEPT)).length).toBe(5);
    expect(linkHeader(await get(units[1] as string, HTML, bare)).length).toBe(5);
  });

  it('sends Vary: Accept, as the answer depends on it', async () => {
    for (const response of [
      await get(unit, HTML),
      await get(`${unit}?linkType=linkset`),
      await get(`${unit}?linkType=gs1:pip`),
      await get(product, HTML),
      await get(batch, JSON_ACCEPT),
    ]) {
      expect(response.headers.get('vary')).toMatch(/(^|, )Accept(,|$)/);
    }
  });

  it('SHALL provide a resolver description file at /.well-known/gs1resolver, naming the supported primary keys', async () => {
    const response = await get('/.well-known/gs1resolver');
    expect(response.status).toBe(200);
    const description = await response.json();
    expect(validDescription(description), JSON.stringify(validDescription.errors)).toBe(true);
    expect(description.supportedPrimaryKeys).toEqual(['01']);
    expect(description.supportedLinkType).toEqual([{ namespace: GS1, prefix: 'gs1:' }]);
    expect(description).not.toHaveProperty('supportedLinkTypes');
    expect(description.linkTypeDefaultCanBeLinkset).toBe(false);
    expect((await (await get('/.well-known/gs1resolver', {}, bare)).json()).linkTypeDefaultCanBeLinkset).toBe(
      true,
    );
  });

  it('SHALL recognise the GS1 Web vocabulary namespace; no link type outside it duplicates one in it', async () => {
    const linkset = await (await get(`${unit}?linkType=linkset`)).json();
    for (const context of linkset.linkset) {
      const rels = Object.keys(context).filter((k) => k !== 'anchor' && k !== 'itemDescription');
      for (const rel of rels) expect(rel.startsWith(GS1)).toBe(true);
    }
  });

  it('SHOULD tolerate trailing slashes at the end of GS1 Digital Link URIs', async () => {
    for (const [path, headers] of [
      [unit, HTML],
      [product, HTML],
      [`${batch}?linkType=gs1:pip`, {}],
    ] as const) {
      const [bareUri, query = ''] = path.split('?');
      const slashed = `${bareUri}/${query ? `?${query}` : ''}`;
      const a = await get(path, headers);
      const b = await get(slashed, headers);
      expect(b.status, slashed).toBe(a.status);
      expect(location(b), slashed).toBe(location(a));
    }
    const plain = await (await get(batch, JSON_ACCEPT)).json();
    const slashed = await (await get(`${batch}/`, JSON_ACCEPT)).json();
    expect(slashed.verdict).toBe(plain.verdict);
  });

  it('keeps AI values case-sensitive and reads percent-escapes in either case', async () => {
    // Another case is another batch: unknown, not malformed.
    const otherCase = `${product}/10/${shop.batchCode.toLowerCase()}`;
    expect((await get(otherCase, JSON_ACCEPT)).status).toBe(404);
    expect((await get(`${otherCase}?linkType=linkset`)).status).toBe(404);
    // %4C is "L": the escape's hex digits may be either case, the batch is the same.
    const escaped = `${product}/10/%4c${shop.batchCode.slice(1)}`;
    expect((await get(escaped, JSON_ACCEPT)).status).toBe(200);
    const linkset = await (await get(`${escaped}?linkType=linkset`)).json();
    expect(linkset.linkset[0].anchor).toBe(`${BASE}${batch}`);
  });
});

describe('the contracts around it', () => {
  it('answers ?format=json and Accept: application/json with the verdict, not links', async () => {
    for (const [query, headers] of [
      ['?format=json', HTML],
      ['', JSON_ACCEPT],
    ] as const) {
      const response = await get(`${units[1]}${query}`, headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect((await response.json()).verdict).toMatch(/^genuine/);
    }
  });

  it('serves the verdict page directly when there is no storefront', async () => {
    const response = await get(units[2] as string, HTML, bare);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Mắm cá linh Châu Đốc');
  });

  it('keeps rate limiting in front of link lookups', async () => {
    const limited = await createTestRegistry({
      env: { STOREFRONT_URL: SHOP, VERIFY_RATE_LIMIT_PER_MINUTE: '2' },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(`${product}?linkType=linkset`, {}, limited)).status);
    await limited.close();
    expect(statuses).toEqual([200, 200, 429]);
  });
});

/**
 * The plain RFC 9264 schema forbids GS1's itemDescription (which GS1's requires), so the rest
 * of each context is checked against it: our links are plain RFC 9264 links as well.
 */
function plain(linkset: { linkset: Record<string, unknown>[] }) {
  return { linkset: linkset.linkset.map(({ itemDescription: _, ...context }) => context) };
}

interface HeaderLink {
  href: string;
  params: Record<string, string>;
}

/** A small RFC 8288 reader for the tests: our values never hold a comma or a quote. */
function parseLinkHeader(value: string): HeaderLink[] {
  if (!value) return [];
  return value.split(/,\s*(?=<)/).map((part) => {
    const [target = '', ...params] = part.split(/;\s*/);
    const entries = params.map((p) => {
      const at = p.indexOf('=');
      return [p.slice(0, at), p.slice(at + 1).replace(/^"|"$/g, '')] as const;
    });
    return { href: target.replace(/^<|>$/g, ''), params: Object.fromEntries(entries) };
  });
}
