import { parseDigitalLinkPath } from '@ocop/domain';
import type { Context, Hono } from 'hono';
import { socketAddress } from '../http/client-address';
import type { RegistryDeps } from '../http/deps';
import type { AppEnv } from '../http/route-registry';
import { finishedAnswer } from '../http/security-headers';
import { answerVerdict, prefersJson, type VerdictAsk } from './answer-verdict';
import { answerWithLinks } from './answer-with-links';
import { describeResolver } from './describe-resolver';
import { resolverCors } from './resolver-cors';

// The prefix in any case: v2 stamps print /OCOP/ (decision 016), v1 stamps /ocop/.
const STAMP_PATHS = ['/01/*', '/:prefix{[Oo][Cc][Oo][Pp]}/*'];

/**
 * The GS1 Digital Link resolver on the stamp URLs: JSON verdicts for apps, a page (or the
 * storefront) for people, GS1 links (linkset, linkType redirects) in answer-with-links.ts.
 */
export function registerResolverRoutes(app: Hono<AppEnv>, deps: RegistryDeps): void {
  const openCors = resolverCors();

  app.get('/.well-known/gs1resolver', openCors, (c) => c.json(describeResolver(deps.config)));

  for (const path of STAMP_PATHS) {
    app.options(path, openCors, (c) => {
      c.header('allow', 'GET, HEAD, OPTIONS');
      return c.body(null, 204);
    });
    app.get(path, openCors, (c) => resolve(c, deps));
  }
}

async function resolve(c: Context<AppEnv>, deps: RegistryDeps): Promise<Response> {
  const verdict = await answerVerdict(verdictAskOf(c), deps, c.get('answerHeaders'));
  if (verdict) return finishedAnswer(verdict);
  // Valid (answerVerdict answered a malformed path) and asking for links.
  const request = parseDigitalLinkPath(c.req.path);
  if (!request.ok) throw new Error('answerVerdict let a malformed stamp path through');
  const ask = verdictAskOf(c);
  return answerWithLinks(c, deps, request.value, prefersJson(ask));
}

/** The request as answerVerdict reads it, from Hono's context. */
function verdictAskOf(c: Context<AppEnv>): VerdictAsk {
  return {
    method: c.req.method,
    path: c.req.path,
    query: (name) => c.req.query(name),
    header: (name) => c.req.header(name),
    peer: socketAddress(c),
  };
}
