import { sql } from 'drizzle-orm';
import { findBatchFor } from '../batches/batch-routes';
import { notFound } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { parseSeq } from '../stamps/parse-seq';

export function registerScanRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  routes.add(
    {
      method: 'get',
      path: '/v1/batches/:id/stamps/:seq/scans',
      summary: "One unit's stamp state and its latest 100 scans (the producer's own, or officials)",
      tag: 'scans',
      auth: 'signed-in',
      responses: { 200: { description: 'Stamp and scans' }, 404: { description: 'Not found' } },
    },
    async ({ c, params, principal }) => {
      const { batch } = await findBatchFor(deps, params.id, principal, 'read');
      const seq = parseSeq(params.seq);
      const [stamp] = await deps.db.execute(sql`
        select seq, scan_count, first_scan_at, first_scan_province, last_scan_at, provinces,
               voided_at, void_reason, suspicious_at
        from stamps where batch_id = ${batch.id} and seq = ${seq}`);
      if (!stamp) throw notFound('The stamp');
      const scans = await deps.db.execute(sql`
        select scanned_at, province, province_source, network_kind, claimed_province, verdict
        from scans where batch_id = ${batch.id} and seq = ${seq}
        order by scanned_at desc limit 100`);
      return c.json({ stamp, scans });
    },
  );
}
