import { defineConfig } from 'vitest/config';

// Without the Remix plugin (vite.config.ts), which only makes sense for the app build. The tests
// that run the real server (server.test.ts, app/routes.test.ts) use one production build made
// by the global setup.
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'server.test.ts'],
    globalSetup: ['server/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
