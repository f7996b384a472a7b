import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';
import { eraseScanAddresses } from './erase-scan-addresses';
import { provinceOfGeoIpName } from './scan-places';

// Real addresses, placed by the GeoIP data shipped in @ip-location-db (pinned in package.json):
// CMC Telecom and FPT are fixed-line networks; Viettel and VNPT carry phones, and GeoIP parks
// their addresses at hub cities.
const FIXED = {
  ninhBinh: '103.108.132.1',
  ninhBinh2: '103.108.133.86',
  haiPhong: '45.122.254.1',
  hanoi: '42.96.38.1',
  hanoiV6: '2405:4800:5000::1',
};
const VIETTEL_4G = '27.72.100.1';
const VIETTEL_4G_V6 = '2402:800:6300::1';
const VNPT_HUB = '14.160.0.1';

let registry: TestRegistry;
let shop: SeededShop;
let urls: string[];
const PROXY = '127.0.0.1';

const scan = async (url: string, ip: string, query = '') => {
  const response = await registry.request('GET', `${new URL(url).pathname}${query}`, {
    headers: { accept: 'application/json', 'x-forwarded-for': ip },
    peer: PROXY,
  });
  return (await response.json()) as Record<string, any>;
};
const history = async (seq: number) =>
  (await (
    await registry.request('GET', `/v1/batches/${shop.batchId}/stamps/${seq}/scans`, {
      token: shop.sellerToken,
    })
  ).json()) as Record<string, any>;

beforeAll(async () => {
  registry = await createTestRegistry({ env: { TRUST_PROXY: '127.0.0.1,::1' } });
  shop = await seedShop(registry);
  urls = await issueAndWait(registry, shop, 8);
});
afterAll(() => registry.close());

describe('where a scan comes from (GeoIP shipped in an npm package)', () => {
  it('places IPv4 and IPv6 fixed lines in one of the 34 provinces, and carriers nowhere', () => {
    const places = registry.deps.places;
    expect(places.placeOf(FIXED.ninhBinh)).toMatchObject({ kind: 'fixed', province: 'Ninh Bình' });
    expect(places.placeOf(FIXED.hanoiV6)).toEqual({
      kind: 'fixed',
      network: '2405:4800:5000::/48',
      province: 'Hà Nội',
    });
    expect(places.placeOf(`::ffff:${FIXED.haiPhong}`)).toMatchObject({
      kind: 'fixed',
      province: 'Hải Phòng',
    });
    expect(places.placeOf(VIETTEL_4G)).toEqual({ kind: 'carrier', network: 'asn:7552', province: null });
    expect(places.placeOf(VIETTEL_4G_V6)).toEqual({ kind: 'carrier', network: 'asn:7552', province: null });
    expect(places.placeOf('8.8.8.8')).toEqual({ kind: 'abroad', network: 'cc:US', province: null });
    expect(places.placeOf('127.0.0.1')).toMatchObject({ kind: 'unknown', province: null });
    expect(places.placeOf(null)).toEqual({ kind: 'unknown', network: null, province: null });
  });

  it("maps GeoIP's English and pre-2025 province names to the 34 provinces", () => {
    expect(provinceOfGeoIpName('Ho Chi Minh City (HCMC)')).toBe('Hồ Chí Minh');
    expect(provinceOfGeoIpName('Ba Ria-Vung Tau Province')).toBe('Hồ Chí Minh');
    expect(provinceOfGeoIpName('Kien Giang')).toBe('An Giang');
    expect(provinceOfGeoIpName('Thua Thien Hue Province')).toBe('Huế');
    expect(provinceOfGeoIpName('Dak Nong')).toBe('Lâm Đồng');
    expect(provinceOfGeoIpName('Atlantis')).toBeNull();
  });
});

describe('copy detection', () => {
  it('flags a clone seen in two provinces from fixed-line networks, naming the evidence', async () => {
    const url = urls[0] as string;
    expect((await scan(url, FIXED.ninhBinh)).verdict).toBe('genuine');
    expect((await scan(url, FIXED.haiPhong)).verdict).toBe('genuine_seen_before');
    const third = await scan(url, FIXED.hanoiV6);
    expect(third.verdict).toBe('suspicious');
    const official = await registry.tokens.official();
    const { alerts } = await (await registry.request('GET', '/v1/alerts', { token: official })).json();
    const alert = alerts.find((a: any) => a.batch_id === shop.batchId && a.seq === 0);
    expect(alert.kind).toBe('stamp_many_provinces');
    expect(alert.details).toMatchObject({
      provinces: ['Ninh Bình', 'Hải Phòng', 'Hà Nội'],
      fixedNetworks: 3,
      scanCount: 3,
      firstScanProvince: 'Ninh Bình',
    });
    expect(alert.details.rule).toContain('provinces');
  });

  it('does not frame a genuine pack scanned again and again from one network', async () => {
    const url = urls[1] as string;
    for (let i = 0; i < 150; i++) expect((await scan(url, FIXED.ninhBinh)).verdict).not.toBe('suspicious');
  });

  it('does not frame an owner on a mobile carrier (IPv4 and IPv6) and home Wi-Fi', async () => {
    const url = urls[2] as string;
    for (let day = 0; day < 10; day++) {
      for (const ip of [VIETTEL_4G, VIETTEL_4G_V6, VNPT_HUB, FIXED.ninhBinh, FIXED.ninhBinh2]) {
        expect((await scan(url, ip)).verdict).not.toBe('suspicious');
      }
    }
    const { stamp } = await history(2);
    // The carriers' hub (Hà Nội) is not evidence of where the phone was.
    expect(stamp.provinces).toEqual(['Ninh Bình']);
    expect(stamp.suspicious_at).toBeNull();
  });

  it("keeps a client's claimed province apart and never shows it as the first scan's place", async () => {
    const url = urls[3] as string;
    const first = await scan(url, VIETTEL_4G, '?province=Hu%E1%BA%BF');
    expect(first.scans.firstScanProvince).toBeNull();
    const second = await scan(url, FIXED.ninhBinh, '?province=Hu%E1%BA%BF');
    expect(second.scans.firstScanProvince).toBeNull();
    const { scans } = await history(3);
    expect(scans.map((s: any) => [s.province, s.claimed_province])).toEqual([
      ['Ninh Bình', 'Huế'],
      [null, 'Huế'],
    ]);
  });

  it('stores networks as keyed hashes and erases raw addresses after the retention period', async () => {
    const url = urls[4] as string;
    await scan(url, FIXED.hanoi);
    const [row] = await registry.deps.sql<{ network_hash: string; client_ip: string | null }[]>`
      select network_hash, host(client_ip) as client_ip from scans
      where batch_id = ${shop.batchId} and seq = 4`;
    expect(row?.network_hash).toMatch(/^f\.[A-Za-z0-9_-]{22}$/);
    expect(row?.network_hash).not.toContain('42.96');
    expect(row?.client_ip).toBe(FIXED.hanoi);

    const days = registry.deps.config.scanAddressRetentionDays;
    expect(days).toBe(30);
    const now = new Date();
    expect(await eraseScanAddresses(registry.deps.sql, now, days)).toBe(0);
    const later = new Date(now.getTime() + (days + 1) * 86_400_000);
    expect(await eraseScanAddresses(registry.deps.sql, later, days)).toBeGreaterThan(0);
    const [erased] = await registry.deps.sql<{ network_hash: string; client_ip: string | null }[]>`
      select network_hash, client_ip from scans where batch_id = ${shop.batchId} and seq = 4`;
    expect(erased).toEqual({ network_hash: row?.network_hash, client_ip: null });
  });
});
