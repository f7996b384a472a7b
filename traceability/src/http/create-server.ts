import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { acceptRequestId } from '@ocop/contracts';
import { answerVerdict, type PlainAnswer } from '../resolver/answer-verdict';
import { SIMPLE_REQUEST_HEADERS } from '../resolver/resolver-cors';
import { createApp } from './create-app';
import type { RegistryDeps } from './deps';
import { isBadText } from './guard-input';
import { errorAnswer } from './handle-error';
import { securityHeaderValues } from './security-headers';

/** A stamp path (GS1 /01/ or our /ocop/, any case) that needs no normalising to be read. */
const PLAIN_STAMP_PATH = /^\/(?:01|ocop)\/[^%\\]*$/i;

/**
 * The registry's HTTP server: the Hono app (createApp) for everything, except a stamp's verdict,
 * the hot path, which node:http answers itself through the same answerVerdict the app's
 * resolver route uses, with the same headers (security, request id, CORS; a test compares
 * every header with the app's answer). No fetch Request or Response is made for it: in the
 * bench that framework work was about a tenth of the registry's CPU per verify. Anything else
 * on a stamp path (links, HEAD, escapes, dot segments, a person the storefront serves) goes to
 * the app, which answers it as before.
 */
export async function createRegistryServer(deps: RegistryDeps): Promise<Server> {
  const app = getRequestListener(createApp(deps).fetch);
  const security = await securityHeaderValues({ https: deps.config.https });

  const answerStamp = async (req: IncomingMessage, res: ServerResponse, url: string) => {
    const q = url.indexOf('?');
    const params = q < 0 ? null : new URLSearchParams(url.slice(q + 1));
    const requestId = acceptRequestId(header(req, 'x-request-id')) ?? randomUUID();
    const base = { ...security, 'x-request-id': requestId, ...SIMPLE_REQUEST_HEADERS };
    let answer: PlainAnswer | null;
    try {
      answer = await answerVerdict(
        {
          method: 'GET',
          path: q < 0 ? url : url.slice(0, q),
          query: (name) => params?.get(name) ?? undefined,
          header: (name) => header(req, name),
          peer: req.socket.remoteAddress ?? null,
        },
        deps,
        base,
      );
    } catch (error) {
      const failed = errorAnswer(error, requestId, deps.log);
      answer = {
        status: failed.status,
        headers: { ...base, 'content-type': 'application/json' },
        body: JSON.stringify(failed.body),
      };
    }
    if (!answer) return app(req, res);
    res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
    if (deps.log.isLevelEnabled('debug')) {
      deps.log.debug({ requestId, method: 'GET', path: url, status: answer.status }, 'request');
    }
  };

  return createServer((req, res) => {
    const url = req.url ?? '';
    const plain =
      req.method === 'GET' &&
      PLAIN_STAMP_PATH.test(url.split('?', 1)[0] as string) &&
      !url.includes('%') &&
      !url.includes('/.') &&
      !isBadText(url);
    if (!plain) return void app(req, res);
    void answerStamp(req, res, url).catch((error) => {
      deps.log.error({ err: error }, 'stamp answer failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end();
    });
  });
}

/** A request header as fetch's Headers.get gives it (repeated ones joined by ", "). */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
