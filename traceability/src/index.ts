/** What the repository's scripts (start, stamps:demo, token) and benchmarks use of the registry. */

export { mintRegistryToken as mintToken, type TokenSubject } from '@ocop/contracts';
export { generateKeyPair } from './auth/generate-key-pair';
export { buildDeps } from './build-deps';
export { createDb } from './db/client';
export { migrateDatabase } from './db/migrate';
export { type Env, loadEnv } from './env';
export { createApp } from './http/create-app';
export { createRegistryServer } from './http/create-server';
export { silentLogger } from './http/logger';
export { startJobQueue } from './jobs/job-queue';
export { startRegistryJobs } from './jobs/registry-jobs';
export { VERIFY_PARAMS, VERIFY_STATEMENT_POSITIONAL, verifyStatement } from './scans/verify-statement';
export { demoStampUrls, revokedDemoStampUrls } from './seed/demo-stamp-urls';
export { DEMO_BATCH_CODE, seedDemo } from './seed/seed-demo';
export { issueStamps, MAX_STAMPS_PER_CALL } from './stamps/issue-stamps';
export { renderQrSvg } from './stamps/render-qr-svg';
export { parseStampKeys } from './stamps/stamp-keyring';
