import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { type SeededShop, seedShop } from '../testing/seed-producer';

let registry: TestRegistry;
let shop: SeededShop;
let official: string;

beforeAll(async () => {
  registry = await createTestRegistry();
  shop = await seedShop(registry);
  official = await registry.tokens.official();
});
afterAll(() => registry.close());

const writeRoutes = () => [
  '/v1/producers',
  `/v1/producers/${shop.producerId}/products`,
  '/v1/certificates',
  `/v1/certificates/${shop.certificateId}/renew`,
  `/v1/certificates/${shop.certificateId}/revoke`,
  `/v1/products/${shop.productId}/batches`,
  `/v1/batches/${shop.batchId}/stamps`,
  `/v1/batches/${shop.batchId}/stamps/void`,
  '/v1/sales-events',
  '/v1/reports',
  '/v1/event-subscribers',
];

describe('malformed input', () => {
  it('gets a 4xx with a code and a message on every write route, never a 5xx (property)', async () => {
    const service = await registry.tokens.service();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writeRoutes()),
        fc.oneof(
          fc.anything(),
          fc.json().map((j) => ({ raw: j })),
        ),
        fc.constantFrom(official, shop.sellerToken, service),
        async (path, body, token) => {
          const response = await registry.request('POST', path, { token, body });
          if (response.status >= 200 && response.status < 300) return;
          expect(response.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
          expect(response.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
          const error = (await response.json()).error;
          expect(typeof error.code).toBe('string');
          expect(typeof error.message).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says what is wrong with a body that is not JSON', async () => {
    const r = await registry.request('POST', '/v1/sales-events', {
      token: official,
      body: '{"eventId": ',
    });
    expect(r.status).toBe(400);
    expect((await r.json()).error.message).toContain('not valid JSON');
    const wrongType = await registry.request('POST', '/v1/sales-events', {
      token: official,
      body: 'a=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
    expect((await wrongType.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers any stamp-looking path with 400 or 404, never 5xx (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('01', 'ocop'),
        fc.array(fc.webSegment(), { minLength: 0, maxLength: 6 }),
        async (scheme, segments) => {
          const response = await registry.request('GET', `/${scheme}/${segments.join('/')}`, {
            headers: { accept: 'application/json' },
          });
          expect([400, 404]).toContain(response.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats ids that are not uuids as not found', async () => {
    for (const path of [
      '/v1/producers/1',
      '/v1/products/abc',
      "/v1/batches/'%20or%201=1",
      '/v1/certificates/null',
    ]) {
      expect((await registry.request('GET', path, { token: official })).status, path).toBe(404);
    }
  });
});

describe('the published contract', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = await (await registry.request('GET', '/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const post = doc.paths['/v1/sales-events'].post;
    expect(post.requestBody.content['application/json'].schema.properties.channel.enum).toContain(
      'livestream',
    );
    expect(doc.paths['/v1/certificates/{id}/revoke'].post.parameters[0].name).toBe('id');
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(20);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await registry.request('GET', '/v2/nothing');
    expect(r.status).toBe(404);
    expect((await r.json()).error.code).toBe('not_found');
  });
});
