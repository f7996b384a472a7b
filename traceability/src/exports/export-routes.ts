import { z } from 'zod';
import { requireSignedIn } from '../auth/policy';
import { stampUrl } from '../batches/batch-routes';
import { AppError } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { ProvinceSchema } from '../producers/producer-routes';
import { circular02Rows, toCsv } from './circular-02-rows';

const ExportQuery = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    province: ProvinceSchema.optional(),
    format: z.enum(['csv', 'json']).default('csv'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export function registerExportRoutes(routes: RouteRegistry, deps: RegistryDeps): void {
  routes.add(
    {
      method: 'get',
      path: '/v1/exports/circular-02',
      summary:
        'Batches produced in a period with the Circular 02/2024 minimum fields, for upload to a provincial or the national portal (officials)',
      tag: 'exports',
      auth: 'signed-in',
      query: ExportQuery,
      responses: { 200: { description: 'text/csv or JSON rows' } },
    },
    async ({ c, query, principal }) => {
      const who = requireSignedIn(principal);
      if (who.kind !== 'official') throw new AppError('forbidden', 'Exports are for officials.');
      if (who.province && query.province && query.province !== who.province) {
        throw new AppError('forbidden', `An official of ${who.province} exports ${who.province} only.`);
      }
      const province = who.province ?? query.province ?? null;
      const rows = await circular02Rows(
        deps.sql,
        { province, from: query.from, to: query.to },
        (product, batch) =>
          stampUrl(deps.config.publicBaseUrl, product as Parameters<typeof stampUrl>[1], { code: batch }),
        { now: deps.clock(), mediaBase: deps.config.storefrontUrl ?? deps.config.publicBaseUrl },
      );
      if (query.format === 'json') return c.json({ rows });
      const name = `circular-02_${province ?? 'all'}_${query.from}_${query.to}.csv`.replaceAll(' ', '-');
      return c.body(toCsv(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${encodeURIComponent(name)}"`,
      });
    },
  );
}
