import { createServer, type Server } from 'node:http';
import { createSerialV2, createStampKey, typedStampCode } from '@ocop/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { productionEnv, type RunningServer, startServer } from '../../server/start-server';

const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const STAMP = '/ocop/AG1/10/L1/21/ABCDEFGHJKMNPQRSTVWX';
const BATCH_CODE = '/ocop/AG0001/10/AG-DEMO-01';
// A v2 stamp (decision 016): upper case, no AI numbers, a 22-character serial with its check.
const V2_SERIAL = createSerialV2(
  { primaryKey: 'ocop:AG0001', batch: 'LOT-26.01', seq: 7 },
  createStampKey('B', new Uint8Array(32).fill(3)),
);
const V2_STAMP = `/OCOP/AG0001/LOT-26.01/${V2_SERIAL}`;
const SEEN_STAMP = '/ocop/AG0001/10/AG-DEMO-01/21/ABCDEFGHJKMNPQRSTVWX';
const EXTENDED_STAMP = '/ocop/AG0001/10/AG-DEMO-01/21/BCDEFGHJKMNPQRSTVWXY';
const versions: string[] = [];
const requestIds: string[] = [];
const BATCH_VERDICT = {
  verdict: 'batch_info',
  level: 'batch',
  message: {
    vi: 'Đây là mã của cả lô hàng: thông tin dưới đây là của lô đã đăng ký, nhưng mã lô có thể bị sao chép. Chỉ tem có số sê-ri trên từng gói mới chứng minh gói hàng là thật.',
    en: 'This is the code of a whole batch: the details below are of the registered batch, but a batch code can be copied. Only the serial stamp on each pack proves that the pack is genuine.',
  },
  checkedAt: '2026-12-03T01:00:00.000Z',
  stamp: { url: `https://verify.test${BATCH_CODE}`, serial: null, voidedAt: null },
  product: {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'AG0001',
    name: 'Mắm cá linh Châu Đốc',
    gtin: null,
    sector: 'food',
    group: 'processed_food',
    imageUrl: null,
    brand: 'Bà Giáo',
  },
  producer: {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Hợp tác xã Mắm Bà Giáo Châu Đốc',
    registrationNumber: 'DEMO-1600001',
    kind: 'cooperative',
    address: {
      line: '12 Trần Hưng Đạo',
      commune: 'Phường Châu Đốc',
      province: 'An Giang',
      legacyDistrict: null,
    },
  },
  origin: { province: 'An Giang', commune: 'Phường Châu Đốc', rawMaterialOrigin: 'Cá linh đầu nguồn' },
  certificate: {
    number: 'AG-2026-001',
    stars: 4,
    issuer: 'UBND tỉnh An Giang',
    issuingLevel: 'province',
    decisionNumber: 'QĐ-12/2026',
    issuedAt: '2026-01-10T00:00:00.000Z',
    expiresAt: '2029-01-10T00:00:00.000Z',
    status: 'active',
    revokedAt: null,
    revocationReason: null,
  },
  batch: {
    code: 'AG-DEMO-01',
    producedAt: '2026-10-01T01:00:00.000Z',
    bestBefore: '2027-10-01',
    standards: ['HACCP'],
    steps: [
      {
        stage: 'harvesting',
        occurredAt: '2026-09-20T01:00:00.000Z',
        place: 'Sông Hậu',
        inputs: [],
        note: null,
      },
      {
        stage: 'processing',
        occurredAt: '2026-09-25T01:00:00.000Z',
        place: 'Xưởng HTX',
        inputs: ['Cá linh', 'Muối hột'],
        note: null,
      },
    ],
  },
  scans: null,
};

const SEEN_VERDICT = {
  ...BATCH_VERDICT,
  verdict: 'genuine_seen_before',
  level: 'unit',
  message: { vi: 'Tem thật, đã được quét trước đây.', en: 'Genuine, scanned before.' },
  stamp: { url: `https://verify.test${SEEN_STAMP}`, serial: 'ABCDEFGHJKMNPQRSTVWX', voidedAt: null },
  scans: { count: 2, firstScanAt: '2026-12-01T03:00:00.000Z', firstScanProvince: 'An Giang' },
};

/** Verdict contract v3: past expiry, valid while its timely re-evaluation is pending (Decision 26, Art. 12.3). */
const EXTENDED_VERDICT = {
  ...SEEN_VERDICT,
  verdict: 'genuine',
  stamp: { url: `https://verify.test${EXTENDED_STAMP}`, serial: 'BCDEFGHJKMNPQRSTVWXY', voidedAt: null },
  certificate: {
    ...BATCH_VERDICT.certificate,
    issuedAt: '2023-11-20T00:00:00.000Z',
    expiresAt: '2026-11-20T00:00:00.000Z',
    status: 'extended',
  },
};

/**
 * The verify page through the real server.js, against a stand-in registry (a real local HTTP
 * server) that knows no stamp and limits reports: what the page keeps in the cookie, what it
 * asks the registry, and what it says.
 */
describe('verify page', () => {
  let registry: Server;
  let server: RunningServer;
  const asked: string[] = [];

  beforeAll(async () => {
    registry = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      if (req.url === BATCH_CODE) {
        versions.push(String(req.headers['ocop-verdict-version']));
        requestIds.push(String(req.headers['x-request-id']));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(BATCH_VERDICT));
        return;
      }
      if (req.url?.split('?')[0] === EXTENDED_STAMP) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(EXTENDED_VERDICT));
        return;
      }
      if (req.url === SEEN_STAMP) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(SEEN_VERDICT));
        return;
      }
      if (req.url === '/v1/reports') {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '120' });
        res.end('{"error":{"code":"too_many_reports","message":"Too many reports"}}');
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"verdict":"unknown","message":{"vi":"Không có tem này.","en":"No such stamp."}}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const registryUrl = `http://127.0.0.1:${(registry.address() as { port: number }).port}`;
    server = await startServer({
      ...(await productionEnv(inject('storefrontBuild'))),
      REGISTRY_URL: registryUrl,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => registry?.close(resolve));
  });

  const get = (path: string, cookie = '') =>
    fetch(`${server.url}${path}`, { headers: { 'user-agent': PHONE, cookie }, redirect: 'manual' });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  it('asks the registry about an upper-case v2 stamp path, in the case it was scanned', async () => {
    for (const path of [V2_STAMP, V2_STAMP.toLowerCase(), `/OCOP/AG0001/10/LOT-26.01/21/${V2_SERIAL}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('data-verdict="unknown"');
      expect(asked).toContain(`GET ${path}`);
    }
  });

  it('"Kiểm tra mã": a typed code goes to its stamp page; a typo is said on the form', async () => {
    const form = await get('/kiem-tra-ma');
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('Kiểm tra mã tem');
    expect(page).toContain('Check a stamp code');
    const typed = typedStampCode({
      productCode: 'AG0001',
      batch: 'LOT-26.01',
      serial: V2_SERIAL,
    }).toLowerCase();
    const good = await get(`/kiem-tra-ma?ma=${encodeURIComponent(typed)}`);
    expect(good.status).toBe(302);
    expect(good.headers.get('location')).toBe(V2_STAMP);
    const wrong = V2_SERIAL[4] === '7' ? '8' : '7';
    const typo = `AG0001/LOT-26.01/${V2_SERIAL.slice(0, 4)}${wrong}${V2_SERIAL.slice(5)}`;
    const refused = await get(`/kiem-tra-ma?ma=${encodeURIComponent(typo)}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Số sê-ri có ký tự nhập sai');
  });

  it('shows a batch code as information, never genuine, with the Circular 02 fields and steps', async () => {
    const response = await get(BATCH_CODE);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(versions).toEqual(['3']);
    expect(page).toContain('data-verdict="batch_info"');
    expect(page).toContain('data-tone="info"');
    expect(page).toContain('Thông tin lô hàng');
    expect(page).not.toContain('data-tone="green"');
    expect(page).toContain('Chỉ tem có số sê-ri trên từng gói mới chứng minh gói hàng là thật');
    // Said once: the storefront's own batch-code note is for other verdicts of a batch code.
    const banner = page.slice(page.indexOf('data-verdict='), page.indexOf('</section>'));
    expect(banner.split('chứng minh gói hàng là thật').length - 1).toBe(1);
    for (const text of [
      'Nhãn hiệu',
      'Bà Giáo',
      'DEMO-1600001',
      'QĐ-12/2026',
      'Quá trình sản xuất',
      'Thu hoạch nguyên liệu',
      'Muối hột',
    ]) {
      expect(page).toContain(text);
    }
  });

  it('shows an extended certificate as in force, amber, and until when at the latest', async () => {
    const page = await (await get(EXTENDED_STAMP)).text();
    expect(page).toContain('data-verdict="genuine"');
    expect(page).toContain('Gia hạn chờ kết quả đánh giá lại');
    expect(page).toMatch(/class="tag tag-amber"[^>]*>Gia hạn/);
    // 180 days past 20/11/2026 (Hà Nội days): valid at the latest on 19/05/2027.
    expect(page).toContain('chậm nhất ngày 19/05/2027');
    expect(page).toContain('★★★★');
    const english = await (await get(`${EXTENDED_STAMP}?lng=en`)).text();
    expect(english).toContain('Extended pending re-evaluation');
  });

  it('answers with a request id, logs the request under it and passes it to the registry', async () => {
    const mine = await fetch(`${server.url}${BATCH_CODE}`, {
      headers: { 'user-agent': PHONE, 'x-request-id': 'shopper-req-0001' },
    });
    expect(mine.headers.get('x-request-id')).toBe('shopper-req-0001');
    expect(requestIds.at(-1)).toBe('shopper-req-0001');
    // An id that could forge a log line is replaced, not echoed.
    const forged = await fetch(`${server.url}${BATCH_CODE}`, {
      headers: { 'user-agent': PHONE, 'x-request-id': 'x"} {"level":60,"msg":"forged"' },
    });
    const fresh = forged.headers.get('x-request-id') ?? '';
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIds.at(-1)).toBe(fresh);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const line = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((l) => l.requestId === 'shopper-req-0001');
    expect(line).toMatchObject({
      service: 'storefront',
      req: { method: 'GET', url: BATCH_CODE },
      res: { statusCode: 200 },
    });
  });

  it('names DB-IP (CC BY 4.0) where it shows the province a stamp was first scanned in', async () => {
    const page = await (await get(SEEN_STAMP)).text();
    expect(page).toContain('Quét lần đầu lúc');
    expect(page).toContain('tại An Giang');
    expect(page).toContain('data-testid="place-attribution"');
    expect(page).toContain('href="https://db-ip.com"');
    const batch = await (await get(BATCH_CODE)).text();
    expect(batch).not.toContain('place-attribution');
  });

  it('keeps an id in the cookie, not the stamp path (issue 11: long paths overflowed it into a 500)', async () => {
    const response = await get(STAMP);
    expect(response.status).toBe(404);
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^__ocop=/);
    const session = JSON.parse(
      Buffer.from(
        decodeURIComponent(cookie.slice('__ocop='.length)).split('.')[0] ?? '',
        'base64',
      ).toString(),
    );
    expect(Object.keys(session)).toEqual(['scanId']);
    expect(JSON.stringify(session)).not.toContain('ABCDEFGH');
  });

  it('answers an over-long stamp path with a 404 page without asking the registry', async () => {
    asked.length = 0;
    const long = `/ocop/${'A'.repeat(2_500)}/10/L1/21/ABCDEFGHJKMNPQRSTVWX`;
    const response = await get(long);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('data-verdict="unknown"');
    expect(asked).toEqual([]);
    const post = await fetch(`${server.url}${long}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': PHONE },
      body: 'note=fake+pack',
    });
    expect(post.status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('says in words when the registry limits reports, and draws the kept verdict without scanning again', async () => {
    const first = await get(STAMP);
    const cookie = cookieOf(first);
    asked.length = 0;
    const sent = await fetch(`${server.url}${STAMP}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': PHONE, cookie },
      body: 'note=Tem+b%E1%BB%8B+b%C3%B3c&province=&contact=',
      redirect: 'manual',
    });
    expect(sent.status).toBe(302);
    expect(asked).toEqual(['POST /v1/reports']);
    const page = await get(STAMP, cookieOf(sent) || cookie);
    expect(await page.text()).toContain('Bạn đã gửi quá nhiều báo cáo, vui lòng thử lại sau 2 phút.');
    expect(asked).toEqual(['POST /v1/reports']);
  });
});
