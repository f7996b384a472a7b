import type { Sql } from '../db/client';

/**
 * Personal data law: a scan's raw address is kept only `days` days (SCAN_ADDRESS_RETENTION_DAYS);
 * its hashed network, kind and province stay for copy detection and statistics.
 */
export async function eraseScanAddresses(sql: Sql, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const erased = await sql`
    update scans set client_ip = null where client_ip is not null and scanned_at < ${cutoff}`;
  return erased.count;
}
