import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every registry answer. JSON needs no resources at all, so the default policy
 * allows none; the verify page sets its own (resolver/render-verdict-page.ts), which replaces
 * it. Resources may be read cross-origin: the API and resolver are CORS-open and QR images are
 * embedded by the console and the storefront.
 *
 * The values come from Hono's secureHeaders, asked once; they are then set before the handler
 * builds its answer. Hono's middleware sets them on the finished Response, which made up about
 * a tenth of the verify hot path's CPU (bench, BENCH_CPU_PROFILE_DIR).
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  const probe = new Hono()
    .use(
      secureHeaders({
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
        crossOriginResourcePolicy: 'cross-origin',
        referrerPolicy: 'no-referrer',
        xFrameOptions: 'DENY',
        strictTransportSecurity: options.https ? 'max-age=31536000; includeSubDomains' : false,
        removePoweredBy: true,
      }),
    )
    .get('*', (c) => c.body(null));
  let headers: Promise<Array<[string, string]>> | undefined;
  return async (c, next) => {
    headers ??= Promise.resolve(probe.request('/')).then((r) => [...r.headers.entries()]);
    for (const [name, value] of await headers) c.header(name, value);
    await next();
  };
}
