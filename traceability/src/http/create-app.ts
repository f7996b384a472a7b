import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { registerAlertRoutes } from '../alerts/alert-routes';
import { resolvePrincipal } from '../auth/resolve-principal';
import { registerBatchRoutes } from '../batches/batch-routes';
import { registerBindingRoutes } from '../bindings/binding-routes';
import { registerCertificateRoutes } from '../certificates/certificate-routes';
import { registerEventRoutes } from '../events/event-routes';
import { registerExportRoutes } from '../exports/export-routes';
import { registerJobRoutes } from '../jobs/job-routes';
import { registerLedgerRoutes } from '../ledger/ledger-routes';
import { registerProducerRoutes } from '../producers/producer-routes';
import { registerProductRoutes } from '../products/product-routes';
import { registerResolverRoutes } from '../resolver/resolver-routes';
import { limitReports } from '../scans/limit-reports';
import { registerScanRoutes } from '../scans/scan-routes';
import { registerStampRoutes } from '../stamps/stamp-routes';
import { registerStepRoutes } from '../steps/step-routes';
import type { RegistryDeps } from './deps';
import { guardInput } from './guard-input';
import { handleError } from './handle-error';
import { type AppEnv, buildOpenApi, RouteRegistry } from './route-registry';
import { securityHeaders } from './security-headers';

const ANONYMOUS = { kind: 'anonymous' } as const;

export function createApp(deps: RegistryDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders({ https: deps.config.https }));
  app.use('*', async (c, next) => {
    if (!deps.log.isLevelEnabled('debug')) return next();
    const started = performance.now();
    await next();
    deps.log.debug(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use('*', async (c, next) => {
    // Only the API reads tokens: a stale Authorization header must not turn a public stamp
    // check into a 401.
    c.set(
      'principal',
      c.req.path.startsWith('/v1/') ? await resolvePrincipal(c.req.header('authorization'), deps) : ANONYMOUS,
    );
    await next();
  });
  app.use('/v1/*', cors({ origin: '*', allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'] }));

  app.use('*', guardInput());
  app.use('/v1/reports', limitReports(deps));
  app.onError(handleError(deps.log));
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404),
  );

  const routes = new RouteRegistry(app, { checkResponses: deps.config.checkResponses });
  app.get('/health', async (c) => {
    await deps.sql`select 1`;
    return c.json({ status: 'ok' });
  });
  registerProducerRoutes(routes, deps);
  registerBindingRoutes(routes, deps);
  registerProductRoutes(routes, deps);
  registerCertificateRoutes(routes, deps);
  registerBatchRoutes(routes, deps);
  registerStepRoutes(routes, deps);
  registerStampRoutes(routes, deps);
  registerLedgerRoutes(routes, deps);
  registerAlertRoutes(routes, deps);
  registerEventRoutes(routes, deps);
  registerScanRoutes(routes, deps);
  registerExportRoutes(routes, deps);
  registerJobRoutes(routes, deps);
  const openApi = buildOpenApi(routes.specs, deps.config.publicBaseUrl);
  app.get('/openapi.json', (c) => c.json(openApi));
  registerResolverRoutes(app, deps);
  return app;
}
