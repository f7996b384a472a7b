import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

// Every Remix v3 future flag is on (docs/decisions/009-storefront-remix.md), so the
// move to React Router 7 is a package rename rather than a rewrite.
export default defineConfig({
  plugins: [
    remix({
      // Tests build into a directory of their own, so a running `npm start` keeps its build.
      buildDirectory: process.env.STOREFRONT_BUILD_DIR ?? 'build',
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
  server: { port: Number(process.env.PORT ?? 3000) },
  ssr: {
    // Workspace packages ship TypeScript source: bundle them into the server build.
    noExternal: ['@ocop/domain', '@ocop/contracts'],
  },
});
