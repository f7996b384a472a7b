// The storefront's Express app around Remix's build, apart from server.js (which only loads the
// build and listens) so tests run the very same stack on a free port.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { acceptRequestId, REQUEST_ID_HEADER } from '@ocop/contracts';
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { badUrl } from './bad-url.js';

/** Stripe Elements (components/card-payment.tsx) loads from these; see Stripe's CSP guide. */
const STRIPE_SCRIPTS = ['https://js.stripe.com', 'https://*.js.stripe.com'];
const STRIPE_FRAMES = ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'];

/**
 * @param {{ build: import('@remix-run/node').ServerBuild, env: import('../app/lib/env.server').StoreEnv, buildDir: string }} options
 */
export function createApp({ build, env, buildDir }) {
  const app = express();
  app.disable('x-powered-by');
  // One id per request: answered in x-request-id, on every log line the request causes (the
  // build's logger reads it from requestContext) and passed on to the backend and the registry.
  const { log, requestContext } = build.entry.module;
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        // A caller's id only when it is safe to log and echo (@ocop/contracts), else a new one.
        const id = acceptRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      // The request id is already on the line (the logger's mixin); keep the rest short.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url.startsWith('/assets/') || req.url === '/favicon.ico' },
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
    }),
  );
  app.use((req, _res, next) => requestContext.run({ requestId: String(req.id) }, next));
  // Only the proxies named in TRUST_PROXY may tell us the client's address: the registry counts
  // scans and rate-limits by the address we pass on, so a client must not choose its own.
  app.set('trust proxy', env.trustedProxies.length ? env.trustedProxies : false);
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      // Vite's dev server injects inline scripts of its own; the production build is what ships.
      contentSecurityPolicy: env.dev
        ? false
        : {
            useDefaults: false,
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`, ...STRIPE_SCRIPTS],
              // Stripe.js styles the frames it inserts; styles cannot run code.
              styleSrc: ["'self'", "'unsafe-inline'"],
              // The demo art is ours (/media/demo); producers' own photos may live on any https host.
              imgSrc: ["'self'", 'data:', 'https:'],
              fontSrc: ["'self'"],
              connectSrc: ["'self'", 'https://api.stripe.com'],
              frameSrc: STRIPE_FRAMES,
              frameAncestors: ["'none'"],
              formAction: ["'self'"],
              baseUri: ["'self'"],
              objectSrc: ["'none'"],
            },
          },
      strictTransportSecurity: env.publicUrl.startsWith('https://')
        ? { maxAge: 365 * 24 * 3600, includeSubDomains: true }
        : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
      // Stripe's frames are cross-origin and need no embedder isolation from us.
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((req, res, next) => {
    const problem = badUrl(req.originalUrl);
    if (!problem) return next();
    refuse(req, res, 400, problem);
  });
  app.use(compression());
  app.use(
    '/assets',
    express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h', index: false }));
  app.all(
    '*',
    createRequestHandler({
      build,
      getLoadContext: (req, res) => ({
        clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
        cspNonce: res.locals.cspNonce,
      }),
    }),
  );
  return app;
}

const MESSAGES = {
  malformed_url: ['Địa chỉ trang không hợp lệ.', 'The address of this page is malformed.'],
  invalid_characters: [
    'Địa chỉ trang chứa ký tự không hợp lệ.',
    'The address holds characters no one types (NUL, lone surrogates).',
  ],
};

/** A refusal before Remix: JSON for machines, a short page in both languages for people. */
function refuse(req, res, status, code) {
  const [vi, en] = MESSAGES[code];
  res.status(status).set('cache-control', 'no-store');
  if (req.accepts(['html', 'json']) === 'json') return res.json({ code, message: en });
  res
    .type('html')
    .send(
      `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${status}</title><h1>${vi}</h1><p lang="en">${en}</p><p><a href="/">Về trang chủ / Home</a></p></html>`,
    );
}
