import { createSerial } from '@ocop/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';

const JSON_ACCEPT = { accept: 'application/json' };
let registry: TestRegistry;
let shop: SeededShop;
let urls: string[];

// The storefront's server, on the same machine: the proxy whose X-Forwarded-For is believed.
const PROXY = '127.0.0.1';
const path = (url: string) => new URL(url).pathname;
const verify = async (
  url: string,
  query = '',
  headers: Record<string, string> = JSON_ACCEPT,
  peer = PROXY,
) => {
  const response = await registry.request('GET', `${path(url)}${query}`, { headers, peer });
  return { status: response.status, body: (await response.json()) as Record<string, any>, response };
};

// Behind a trusted proxy the client's address is the rightmost X-Forwarded-For hop.
const from = (ip: string) => ({ ...JSON_ACCEPT, 'x-forwarded-for': `198.18.0.1, ${ip}` });
// Fixed-line addresses that the shipped GeoIP data (DB-IP Lite) places in two provinces (CMC Telecom).
const NINH_BINH_NET = '103.108.132.1';
const HANOI_NET = '42.96.38.1';
const HANOI_NET_2 = '42.96.46.1';

beforeAll(async () => {
  registry = await createTestRegistry({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
  shop = await seedShop(registry);
  urls = await issueAndWait(registry, shop, 12);
});
afterAll(() => registry.close());

describe('the stamp resolver', () => {
  it('issues distinct upper-case v2 stamp URLs under the platform prefix (decision 016)', () => {
    expect(urls).toHaveLength(12);
    expect(new Set(urls).size).toBe(12);
    for (const url of urls) {
      expect(url).toMatch(
        new RegExp(
          `^HTTPS://VERIFY\\.TEST/OCOP/${shop.productCode}/${shop.batchCode}/[0-9A-HJKMNP-TV-Z]{22}$`,
        ),
      );
    }
  });

  it('keeps verifying a v1 stamp (printed before decision 016) of the same unit, in its own case', async () => {
    const key = registry.deps.stampKeys.active;
    const primaryKey = `ocop:${shop.productCode}`;
    const v1 = createSerial({ primaryKey, batch: shop.batchCode, seq: 11 }, key);
    const path = `/ocop/${shop.productCode}/10/${shop.batchCode}/21/${v1}`;
    const genuine = await verify(`https://verify.test${path}`, '', from('198.51.100.77'));
    expect(genuine.status).toBe(200);
    expect(genuine.body.stamp.serial).toBe(v1);
    const upper = await verify(
      `https://verify.test/OCOP/${shop.productCode}/10/${shop.batchCode}/21/${v1.toUpperCase()}`,
    );
    expect(upper.status).toBe(404);
  });

  it('reads a v2 stamp URL in any case and in the long form with /10/ and /21/', async () => {
    const url = urls[11] as string;
    const serial = url.split('/').at(-1) as string;
    const lower = await verify(url.toLowerCase());
    expect(lower.status).toBe(200);
    expect(lower.body.stamp.serial).toBe(serial);
    const mixed = await verify(url.replace('/OCOP/', '/Ocop/'));
    expect(mixed.status).toBe(200);
    const long = await verify(
      `https://verify.test/ocop/${shop.productCode}/10/${shop.batchCode}/21/${serial}`,
    );
    expect(long.status).toBe(200);
    expect(long.body.verdict).toBe('genuine_seen_before');
  });

  it('answers genuine on the first scan, then genuine_seen_before with the first scan', async () => {
    await registry.deps
      .sql`update products set image_url = '/media/demo/mam.svg' where code = ${shop.productCode}`;
    const first = await verify(urls[0] as string, '', from(NINH_BINH_NET));
    expect(first.status).toBe(200);
    // Circular 02 fields: brand, registration number, serial; images absolute.
    expect(first.body.product).toMatchObject({ brand: 'Bà Giáo', code: shop.productCode });
    expect(first.body.product.imageUrl).toMatch(/^https:\/\/[^/]+\/media\/demo\/mam\.svg$/);
    expect(first.body.producer.registrationNumber).toMatch(/^HTX/);
    expect(first.body.stamp.serial).toBe((urls[0] as string).split('/').at(-1));
    expect(first.body.verdict).toBe('genuine');
    expect(first.body.level).toBe('unit');
    expect(first.body.product.name).toBe('Mắm cá linh Châu Đốc');
    expect(first.body.producer.address.province).toBe('An Giang');
    expect(first.body.certificate).toMatchObject({
      stars: 4,
      status: 'active',
      issuer: 'UBND tỉnh An Giang',
    });
    expect(first.body.batch).toMatchObject({ code: shop.batchCode, standards: ['VietGAP', 'HACCP'] });
    expect(first.body.scans).toMatchObject({ count: 1, firstScanProvince: 'Ninh Bình' });

    const second = await verify(urls[0] as string);
    expect(second.status).toBe(200);
    expect(second.body.verdict).toBe('genuine_seen_before');
    expect(second.body.scans.count).toBe(2);
    expect(second.body.scans.firstScanAt).toBe(first.body.scans.firstScanAt);
    expect(second.body.message.en).toContain('in Ninh Bình');
  });

  it('answers 404 unknown when one character of the serial changes', async () => {
    const url = urls[1] as string;
    const last = url.at(-1) === 'A' ? 'B' : 'A';
    const altered = await verify(url.slice(0, -1) + last);
    expect(altered.status).toBe(404);
    expect(altered.body.verdict).toBe('unknown');
  });

  it('answers 400 with a clear message for malformed stamp URLs', async () => {
    for (const bad of [
      '/01/12345/10/L1',
      '/ocop/lower/10/L1',
      `/ocop/${shop.productCode}/10/L1/21/short`,
      '/01/x',
    ]) {
      const response = await registry.request('GET', bad, { headers: JSON_ACCEPT });
      expect(response.status, bad).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('malformed_stamp');
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });

  it('answers HEAD like GET without counting a scan, and OPTIONS with CORS', async () => {
    const url = path(urls[2] as string);
    const head = await registry.request('HEAD', url, { headers: JSON_ACCEPT });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await verify(urls[2] as string)).body.verdict).toBe('genuine');

    const options = await registry.request('OPTIONS', url, {
      headers: { origin: 'https://scanner.example', 'access-control-request-method': 'GET' },
    });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('*');
    const plain = await registry.request('GET', url, {
      headers: { ...JSON_ACCEPT, origin: 'https://x.example' },
    });
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('returns an RFC 9264 linkset for linkType=all and describes itself', async () => {
    const response = await registry.request('GET', `${path(urls[3] as string)}?linkType=all`);
    expect(response.headers.get('content-type')).toContain('application/linkset+json');
    const body = await response.json();
    // The same URL: scheme and host compare case-insensitively.
    expect(new URL(body.linkset[0].anchor).href).toBe(new URL(urls[3] as string).href);
    expect(body.linkset[0]['https://gs1.org/voc/pip'][0].href).toBeTruthy();
    const wellKnown = await (await registry.request('GET', '/.well-known/gs1resolver')).json();
    expect(wellKnown.resolverRoot).toBe('https://verify.test');
  });

  it('never calls a batch-level code genuine: batch_info in contract v2, amber in v1', async () => {
    const url = `/ocop/${shop.productCode}/10/${shop.batchCode}`;
    const v2 = await registry.request('GET', url, {
      headers: { accept: 'application/json; version=2' },
    });
    const body = await v2.json();
    expect(v2.status).toBe(200);
    expect(v2.headers.get('ocop-verdict-version')).toBe('2');
    expect(body).toMatchObject({ verdict: 'batch_info', level: 'batch', scans: null });
    expect(body.batch.code).toBe(shop.batchCode);
    expect(body.certificate.stars).toBe(4);
    expect(body.message.en).toContain('Only the serial stamp on each pack proves');
    const byHeader = await registry.request('GET', url, {
      headers: { ...JSON_ACCEPT, 'ocop-verdict-version': '2' },
    });
    expect((await byHeader.json()).verdict).toBe('batch_info');
    // A client that names no version keeps the old enum, and is never told "genuine".
    for (let i = 0; i < 30; i++) {
      const v1 = await verify(`https://verify.test${url}`, '', from(`10.9.${i}.1`));
      expect(v1.response.headers.get('ocop-verdict-version')).toBe('1');
      expect(v1.body).toMatchObject({ verdict: 'genuine_seen_before', level: 'batch' });
    }
  });

  it('turns a serial seen from networks in two provinces suspicious and opens one alert', async () => {
    const url = urls[4] as string;
    expect((await verify(url, '', from(NINH_BINH_NET))).body.verdict).toBe('genuine');
    expect((await verify(url, '', from(HANOI_NET))).body.verdict).toBe('genuine_seen_before');
    const third = await verify(url, '', from(HANOI_NET_2));
    expect(third.body.verdict).toBe('suspicious');
    expect(third.body.scans.firstScanProvince).toBe('Ninh Bình');
    expect((await verify(url, '', from(NINH_BINH_NET))).body.verdict).toBe('suspicious');
    const official = await registry.tokens.official();
    const alerts = await (await registry.request('GET', '/v1/alerts', { token: official })).json();
    const mine = alerts.alerts.filter(
      (a: any) => a.batch_id === shop.batchId && a.kind === 'stamp_many_provinces',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].details).toMatchObject({ provinces: ['Ninh Bình', 'Hà Nội'], fixedNetworks: 3 });
  });

  it('does not let a claimed province or one phone scanning again flag a genuine pack', async () => {
    const url = urls[5] as string;
    expect((await verify(url, '?province=An%20Giang', from(NINH_BINH_NET))).body.verdict).toBe('genuine');
    const claimed = await verify(url, '?province=H%C3%A0%20N%E1%BB%99i', from(NINH_BINH_NET));
    expect(claimed.body.verdict).toBe('genuine_seen_before');
    for (let i = 0; i < 120; i++) {
      expect((await verify(url, '', from(NINH_BINH_NET))).body.verdict).toBe('genuine_seen_before');
    }
    // The claim is never shown as where the stamp was first scanned.
    expect(claimed.body.scans.firstScanProvince).toBe('Ninh Bình');
  });

  it('turns a serial seen from COPY_NETWORKS_THRESHOLD distinct networks suspicious', async () => {
    const url = urls[10] as string;
    const threshold = registry.deps.config.copy.networks;
    for (let i = 1; i < threshold; i++) {
      expect((await verify(url, '', from(`10.0.${i}.1`))).body.verdict).not.toBe('suspicious');
    }
    expect((await verify(url, '', from(`10.0.${threshold}.1`))).body.verdict).toBe('suspicious');
  });

  it('answers 410 void for a voided range', async () => {
    const seqOf = async (url: string) => (await verify(url)).body;
    void seqOf;
    const response = await registry.request('POST', `/v1/batches/${shop.batchId}/stamps/void`, {
      token: shop.sellerToken,
      body: { fromSeq: 8, toSeq: 9, reason: 'Cuộn tem bị mất' },
    });
    expect(await response.json()).toEqual({ voided: 2 });
    const voided = await verify(urls[9] as string);
    expect(voided.status).toBe(410);
    expect(voided.body.verdict).toBe('void');
    expect((await verify(urls[7] as string)).body.verdict).toBe('genuine');
  });

  it('rejects an unknown province hint', async () => {
    const response = await registry.request('GET', `${path(urls[6] as string)}?province=Atlantis`, {
      headers: JSON_ACCEPT,
    });
    expect(response.status).toBe(400);
  });

  it('serves a readable page to browsers', async () => {
    const response = await registry.request('GET', path(urls[6] as string), {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Hàng thật'); // VERDICT_DISPLAY.genuine, as on the storefront
    expect(page).toContain('Mắm cá linh Châu Đốc');
  });
});

describe('certificate status at scan time', () => {
  it('answers certificate_revoked right after a revocation', async () => {
    const own = await seedShop(registry);
    const [url] = await issueAndWait(registry, own, 1);
    const revoker = await registry.tokens.official(['revoker']);
    const revoked = await registry.request('POST', `/v1/certificates/${own.certificateId}/revoke`, {
      token: revoker,
      body: { reason: 'quality_violation', decisionNumber: 'QĐ-99/2026', note: 'Vi phạm an toàn thực phẩm' },
    });
    expect(revoked.status).toBe(200);
    const result = await verify(url as string);
    expect(result.status).toBe(200);
    expect(result.body.verdict).toBe('certificate_revoked');
    expect(result.body.certificate.status).toBe('revoked');
  });

  it('answers certificate_expired once 36 months have passed', async () => {
    const own = await seedShop(registry);
    const [url] = await issueAndWait(registry, own, 1);
    const later = await createTestRegistry({ clock: () => new Date('2029-03-02T00:00:00Z') });
    later.deps.stampKeys = registry.deps.stampKeys;
    const response = await later.request('GET', path(url as string), { headers: JSON_ACCEPT });
    const body = await response.json();
    await later.close();
    expect(response.status).toBe(200);
    expect(body.verdict).toBe('certificate_expired');
    expect(body.certificate.expiresAt).toBe('2029-03-01T02:00:00.000Z');
  });
});

describe('who the client is (TRUST_PROXY)', () => {
  it("takes the socket's address, not X-Forwarded-For, from a peer that is not a trusted proxy", async () => {
    const [url = ''] = await issueAndWait(registry, shop, 1);
    // A client in An Giang claiming to be in Hà Nội: were the header believed, the pack would
    // turn suspicious (two provinces).
    const forged = { ...JSON_ACCEPT, 'x-forwarded-for': HANOI_NET };
    const first = await verify(url, '', forged, NINH_BINH_NET);
    expect(first.body.scans.firstScanProvince).toBe('Ninh Bình');
    expect((await verify(url, '', forged, NINH_BINH_NET)).body.verdict).toBe('genuine_seen_before');
    // The same header from the trusted proxy is believed: with a second Hà Nội network the
    // stamp has been seen in two provinces from three fixed-line networks.
    expect((await verify(url, '', forged, PROXY)).body.verdict).toBe('genuine_seen_before');
    const another = { ...JSON_ACCEPT, 'x-forwarded-for': HANOI_NET_2 };
    expect((await verify(url, '', another, PROXY)).body.verdict).toBe('suspicious');
  });
});

describe('rate limiting', () => {
  const limitedRegistry = (env: Record<string, string>) =>
    createTestRegistry({ env: { TRUST_PROXY: '127.0.0.1', ...env } });
  const forgedSerial = (i: number) => {
    const url = path(urls[0] as string);
    return `${url.slice(0, -4)}${String(i).padStart(4, 'x')}`;
  };

  it('answers 429 with Retry-After and a JSON code past the per-address limit', async () => {
    const limited = await limitedRegistry({ VERIFY_RATE_LIMIT_PER_MINUTE: '2' });
    const url = `/ocop/${shop.productCode}/10/${shop.batchCode}`;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await limited.request('GET', url, { headers: JSON_ACCEPT }));
    await limited.close();
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(Number(answers[2]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await (answers[2] as Response).json()) as { error: { code: string } }).error.code).toBe(
      'rate_limited',
    );
  });

  it('is not bypassed by a new X-Forwarded-For on each request from an untrusted peer', async () => {
    const limited = await limitedRegistry({ VERIFY_RATE_LIMIT_PER_MINUTE: '2' });
    const url = `/ocop/${shop.productCode}/10/${shop.batchCode}`;
    const statuses = [];
    for (let i = 1; i <= 5; i++) {
      const headers = { ...JSON_ACCEPT, 'x-forwarded-for': `198.51.100.${i}` };
      statuses.push((await limited.request('GET', url, { headers, peer: NINH_BINH_NET })).status);
    }
    // Behind the trusted proxy each forwarded client has its own budget.
    const viaProxy = [];
    for (let i = 1; i <= 3; i++) {
      const headers = { ...JSON_ACCEPT, 'x-forwarded-for': `198.51.100.${i}` };
      viaProxy.push((await limited.request('GET', url, { headers, peer: PROXY })).status);
    }
    await limited.close();
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
    expect(viaProxy).toEqual([200, 200, 200]);
  });

  it('gives guesses a strict budget and real stamps a generous one, per address', async () => {
    const limited = await limitedRegistry({
      VERIFY_UNKNOWN_LIMIT_PER_MINUTE: '3',
      VERIFY_RATE_LIMIT_PER_MINUTE: '12',
    });
    limited.deps.stampKeys = registry.deps.stampKeys;
    const get = (p: string, peer = '203.0.113.40') =>
      limited.request('GET', p, { headers: JSON_ACCEPT, peer }).then((r) => r.status);
    const guesses = [];
    for (let i = 0; i < 5; i++) guesses.push(await get(forgedSerial(i)));
    expect(guesses).toEqual([404, 404, 404, 429, 429]);
    // A batch-level code carries no signature: refused too while the guesses are spent.
    expect(await get(`/ocop/${shop.productCode}/10/${shop.batchCode}`)).toBe(429);
    // A signed stamp is still answered for the crowd behind the same address.
    const real = [];
    for (let i = 0; i < 6; i++) real.push(await get(path(urls[2] as string)));
    expect(real).toEqual([200, 200, 200, 200, 200, 200]);
    // Then the generous budget ends too (12 in all).
    expect(await get(path(urls[2] as string))).toBe(429);
    // Another address guesses on its own budget.
    expect(await get(forgedSerial(9), '203.0.113.41')).toBe(404);
    await limited.close();
  });

  it('counts an IPv6 client by its /64', async () => {
    const limited = await limitedRegistry({ VERIFY_UNKNOWN_LIMIT_PER_MINUTE: '2' });
    const get = (peer: string) =>
      limited.request('GET', forgedSerial(1), { headers: JSON_ACCEPT, peer }).then((r) => r.status);
    const statuses = [
      await get('2001:db8:5:6::1'),
      await get('2001:db8:5:6:ffff::2'),
      await get('2001:db8:5:6:1234:5678:9abc:def0'),
      await get('2001:db8:5:7::1'),
    ];
    await limited.close();
    expect(statuses).toEqual([404, 404, 429, 404]);
  });
});
