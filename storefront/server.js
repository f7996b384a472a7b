// The storefront's production server: Remix's build behind Express, with compression and
// long-lived caching of the fingerprinted assets. It hands each request's client address to
// the loaders (context.clientAddress), so the registry counts a scan as the consumer's.
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';

const port = Number(process.env.PORT ?? 3000);
const build = await import('./build/server/index.js');
const app = express();
app.disable('x-powered-by');
app.set('trust proxy', process.env.TRUST_PROXY === 'true');
app.use(compression());
app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.all(
  '*',
  createRequestHandler({
    build,
    getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? null }),
  }),
);
const server = app.listen(port, () => console.log(`[storefront] http://localhost:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
