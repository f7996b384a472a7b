import { defineConfig } from 'vitest/config';

// Unit tests of the storefront's pure parts; without the Remix plugin (vite.config.ts), which
// only makes sense for the app build.
export default defineConfig({
  test: { include: ['app/**/*.test.ts'] },
});
