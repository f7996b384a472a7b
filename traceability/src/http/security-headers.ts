import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every registry answer. JSON needs no resources at all, so the default policy
 * allows none; the verify page sets its own (resolver/render-verdict-page.ts), which this
 * leaves in place. Resources may be read cross-origin: the API and resolver are CORS-open
 * and QR images are embedded by the console and the storefront.
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: options.https ? 'max-age=31536000; includeSubDomains' : false,
    removePoweredBy: true,
    overwrite: false,
  });
}
