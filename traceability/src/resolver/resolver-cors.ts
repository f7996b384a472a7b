import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const METHODS = ['GET', 'HEAD', 'OPTIONS'];
const EXPOSED = ['Link', 'Location'];

/**
 * Open CORS for the resolver: any scanner web app may read answers and their Link headers.
 * The methods are named on every answer, not only preflights, so a client can see them.
 */
export function resolverCors(): MiddlewareHandler {
  const open = cors({ origin: '*', allowMethods: METHODS, exposeHeaders: EXPOSED });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      // Hono's cors answers every OPTIONS itself (204), before the route's handler would run.
      const preflight = await open(c, next);
      preflight?.headers.set('allow', METHODS.join(', '));
      return preflight;
    }
    // GET and HEAD, the stamp hot path: the same headers, set before the handler builds its
    // answer. Setting them afterwards (as Hono's cors does) copies the finished Response, which
    // cost the verify path about a fifth of its CPU (bench, BENCH_CPU_PROFILE_DIR).
    c.header('access-control-allow-origin', '*');
    c.header('access-control-expose-headers', EXPOSED.join(','));
    c.header('access-control-allow-methods', METHODS.join(', '));
    await next();
  };
}
