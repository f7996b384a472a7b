import { z } from 'zod';
import { requireSignedIn } from '../auth/policy';
import { AppError } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';

const JobsView = z.object({
  queues: z.array(
    z.object({
      name: z.string(),
      created: z.number().int(),
      retry: z.number().int(),
      active: z.number().int(),
      completed: z.number().int(),
      failed: z.number().int(),
    }),
  ),
  failures: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      failedAt: z.string().nullable(),
      retries: z.number().int(),
      error: z.string().nullable(),
    }),
  ),
});

export function registerJobRoutes(routes: RouteRegistry, { jobs }: RegistryDeps): void {
  routes.add(
    {
      method: 'get',
      path: '/v1/jobs',
      summary:
        'The background queues: jobs per state and the latest failures (the backend, national officials)',
      tag: 'operations',
      auth: 'signed-in',
      responses: { 200: { description: 'Queues', schema: JobsView } },
    },
    async ({ c, principal }) => {
      const who = requireSignedIn(principal);
      const allowed = who.kind === 'service' || (who.kind === 'official' && who.province === null);
      if (!allowed)
        throw new AppError('forbidden', 'The job queues are for the platform and national officials.');
      return c.json(await jobs.overview());
    },
  );
}
