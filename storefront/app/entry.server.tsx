import { PassThrough } from 'node:stream';
import { type AppLoadContext, createReadableStreamFromReadable, type EntryContext } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { log } from './lib/log.server';
import { NonceContext } from './lib/nonce';

// server.js reads the validated settings through the build, so bad settings stop it at boot;
// it logs through the same logger (and request context) as the app.
export { env } from './lib/env.server';
export { log, requestContext } from './lib/log.server';

/** Errors of loaders and actions, with the request's id; a shopper who left is not an error. */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  log.error({ err: error, method: request.method, path: new URL(request.url).pathname }, 'request failed');
}

const ABORT_DELAY = 5_000;

/**
 * Remix's default document rendering, plus the response's CSP nonce on every script it writes
 * (the streamed single-fetch data included). Bots get the whole page at once.
 */
export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? '';
  const whole = isbot(request.headers.get('user-agent')) || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const ready = () => {
      shellRendered = true;
      const body = new PassThrough();
      headers.set('content-type', 'text/html; charset=utf-8');
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        ...(whole ? { onAllReady: ready } : { onShellReady: ready }),
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          // Errors before the shell reject and are logged by Remix; later ones only here.
          if (shellRendered) log.error({ err: error }, 'render failed after the shell');
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
