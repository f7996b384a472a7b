import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const STOREFRONT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Inside node_modules, so the build's bare imports (react, @remix-run/*) resolve. */
export const TEST_BUILD_DIR = path.join(STOREFRONT, 'node_modules/.cache/ocop-storefront-test-build');

declare module 'vitest' {
  export interface ProvidedContext {
    storefrontBuild: string;
  }
}

/**
 * One production build for the tests that run the real server (server.test.ts, routes.test.ts),
 * in a directory of its own so a running `npm start` keeps its build. About ten seconds.
 */
export default function setup(project: TestProject) {
  execFileSync(path.join(STOREFRONT, '../node_modules/.bin/remix'), ['vite:build'], {
    cwd: STOREFRONT,
    env: { ...process.env, NODE_ENV: 'production', STOREFRONT_BUILD_DIR: TEST_BUILD_DIR },
    stdio: 'pipe',
  });
  project.provide('storefrontBuild', TEST_BUILD_DIR);
}
