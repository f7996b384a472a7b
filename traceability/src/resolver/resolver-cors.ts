import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Open CORS for the resolver: any scanner web app may read answers and their Link headers.
 * The methods are named on every answer, not only preflights, so a client can see them.
 */
export function resolverCors(): MiddlewareHandler {
  const open = cors({ origin: '*', allowMethods: METHODS, exposeHeaders: ['Link', 'Location'] });
  return async (c, next) => {
    // Hono's cors answers every OPTIONS itself (204), before the route's handler would run.
    const preflight = await open(c, next);
    if (preflight) {
      preflight.headers.set('allow', METHODS.join(', '));
      return preflight;
    }
    c.header('access-control-allow-methods', METHODS.join(', '));
  };
}
