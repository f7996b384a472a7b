import type { Sql } from '../db/client';

/**
 * IPv4 CIDR → province, held in memory (a few thousand rows at most) and refreshed
 * periodically, so the verify hot path never queries it.
 */
export class NetworkRegions {
  private ranges: Array<{ start: number; end: number; bits: number; province: string }> = [];

  static async load(sql: Sql): Promise<NetworkRegions> {
    const regions = new NetworkRegions();
    await regions.refresh(sql);
    return regions;
  }

  async refresh(sql: Sql): Promise<void> {
    const rows = await sql<
      { prefix: string; province: string }[]
    >`select prefix, province from network_regions`;
    this.ranges = rows
      .map((r) => ({ ...parseCidr(r.prefix), province: r.province }))
      .filter((r) => r.bits >= 0)
      .sort((a, b) => b.bits - a.bits);
  }

  provinceOf(ip: string | null): string | null {
    const n = ip ? ipv4ToInt(ip.replace(/^::ffff:/, '')) : null;
    if (n === null) return null;
    return this.ranges.find((r) => n >= r.start && n <= r.end)?.province ?? null;
  }
}

function parseCidr(prefix: string): { start: number; end: number; bits: number } {
  const [ip = '', bitsText = '32'] = prefix.split('/');
  const base = ipv4ToInt(ip);
  const bits = Number(bitsText);
  if (base === null || !(bits >= 0 && bits <= 32)) return { start: 0, end: -1, bits: -1 };
  const size = 2 ** (32 - bits);
  const start = Math.floor(base / size) * size;
  return { start, end: start + size - 1, bits };
}

function ipv4ToInt(ip: string): number | null {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return (((parts[0] ?? 0) * 256 + (parts[1] ?? 0)) * 256 + (parts[2] ?? 0)) * 256 + (parts[3] ?? 0);
}
