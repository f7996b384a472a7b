import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import helmet from 'helmet';
import { backendEnv } from '../../env';

let headers: ReturnType<typeof helmet> | undefined;

/**
 * The API answers JSON only, so its policy forbids everything (no framing, no sub-resources).
 * Cross-origin reads stay allowed (the storefront and the admin call from other origins, through
 * CORS). HSTS only when the public URL is https: on plain http it would be ignored or, on a
 * shared localhost, stick to other ports.
 */
function apiHeaders() {
  const publicUrl = backendEnv().BACKEND_PUBLIC_URL;
  headers ??= helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: publicUrl?.startsWith('https:')
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  });
  return headers;
}

const isDashboard = (path: string) => path === '/app' || path.startsWith('/app/');

/** For answers made before the middleware ran (the error handler). */
export function setSecurityHeaders(req: MedusaRequest, res: MedusaResponse) {
  res.removeHeader('X-Powered-By');
  if (!isDashboard(req.path)) apiHeaders()(req, res, () => undefined);
}

/**
 * On every response of the API. The admin dashboard under /app keeps Medusa's headers: its
 * scripts and styles would not load under this policy.
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Express stamps X-Powered-By on every request; switching it off stops that for later ones.
  req.app?.disable('x-powered-by');
  setSecurityHeaders(req, res);
  next();
}
