// The storefront's production server: Remix's build behind Express (server/create-app.js). It
// stops before listening when the settings are wrong (app/lib/env.server.ts lists what).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from './server/create-app.js';

// Tests build into a directory of their own (vite.config.ts).
const buildDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  process.env.STOREFRONT_BUILD_DIR ?? 'build',
);
let build;
try {
  build = await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href);
} catch (error) {
  console.error(`[storefront] ${error.name === 'EnvError' ? error.message : error.stack}`);
  process.exit(1);
}
const { env } = build.entry.module;
const app = createApp({ build, env, buildDir });
const server = app.listen(env.port, () =>
  console.log(`[storefront] http://localhost:${server.address().port}`),
);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
