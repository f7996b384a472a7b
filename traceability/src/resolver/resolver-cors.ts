import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../http/route-registry';

const METHODS = ['GET', 'HEAD', 'OPTIONS'];
const EXPOSED = ['Link', 'Location'];

/** CORS headers on the resolver's GET and HEAD answers. */
export const SIMPLE_REQUEST_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED.join(','),
  'access-control-allow-methods': METHODS.join(', '),
};

/**
 * Open CORS for the resolver: any scanner web app may read answers and their Link headers.
 * The methods are named on every answer, not only preflights, so a client can see them.
 */
export function resolverCors(): MiddlewareHandler<AppEnv> {
  const open = cors({ origin: '*', allowMethods: METHODS, exposeHeaders: EXPOSED });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      // Hono's cors answers every OPTIONS itself (204), before the route's handler would run.
      const preflight = await open(c, next);
      preflight?.headers.set('allow', METHODS.join(', '));
      return preflight;
    }
    // GET and HEAD, the stamp hot path: the same headers, with the answer headers
    // (http/security-headers.ts), so the verdict's answer carries them without a fetch Headers.
    Object.assign(c.get('answerHeaders'), SIMPLE_REQUEST_HEADERS);
    await next();
  };
}
