import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['cross-service/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // Two cores: one file at a time beside the running platform.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 480_000,
  },
});
