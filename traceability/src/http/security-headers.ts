import { randomUUID } from 'node:crypto';
import { acceptRequestId } from '@ocop/contracts';
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './route-registry';

/** Header name (lower case) → value, as a plain object: what every answer carries. */
export type AnswerHeaders = Record<string, string>;

/** Answers built by `finishedAnswer`, which carry the answer headers already. */
const finished = new WeakSet<Response>();

/**
 * Headers on every registry answer: the security headers and `x-request-id`. JSON needs no
 * resources at all, so the default policy allows none; the verify page sets its own
 * (resolver/render-verdict-page.ts), which replaces it. Resources may be read cross-origin: the
 * API and resolver are CORS-open and QR images are embedded by the console and the storefront.
 *
 * The values come from Hono's secureHeaders, asked once. They are kept for the request as a
 * plain object (`answerHeaders`, which later middleware such as the resolver's CORS adds to)
 * and put on the answer at the end, unless the route already set that header itself. The verify
 * hot path builds its Response from the object directly (`finishedAnswer`): a Response with
 * plain-object headers is written to the socket without ever making a fetch Headers, which
 * (with Hono's c.header) cost about a quarter of the registry's CPU per verify (bench,
 * BENCH_CPU_PROFILE_DIR).
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler<AppEnv> {
  let values: AnswerHeaders | undefined;
  return async (c, next) => {
    values ??= await securityHeaderValues(options);
    // A caller's id only when safe to log and echo (an id with quotes could forge a log line).
    const requestId = acceptRequestId(c.req.header('x-request-id')) ?? randomUUID();
    c.set('requestId', requestId);
    const headers: AnswerHeaders = { ...values, 'x-request-id': requestId };
    c.set('answerHeaders', headers);
    await next();
    if (finished.has(c.res)) return;
    const on = c.res.headers;
    for (const name in headers) if (!on.has(name)) on.set(name, headers[name] as string);
  };
}

/** The security headers every answer carries, as Hono's secureHeaders makes them. */
export async function securityHeaderValues(options: { https: boolean }): Promise<AnswerHeaders> {
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
  return Object.fromEntries((await probe.request('/')).headers.entries());
}

/**
 * A Response of an answer whose headers already include the answer headers (answerVerdict). Its
 * headers stay a plain object, so @hono/node-server writes them without building a fetch Headers.
 */
export function finishedAnswer(answer: { status: number; headers: AnswerHeaders; body: string }): Response {
  const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
  finished.add(response);
  return response;
}
