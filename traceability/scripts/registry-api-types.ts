// Writes packages/contracts/src/registry-api.ts: TypeScript types of the registry's API, generated
// by openapi-typescript from /openapi.json, which the registry builds from the zod schemas that
// validate its requests and (in tests) its answers. The backend types its calls with them, so a
// changed answer breaks the build, not a page. A test fails when the file is stale:
//   npm run api-types -w @ocop/traceability
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateKeyPair } from '../src/auth/generate-key-pair';
import { buildDeps } from '../src/build-deps';
import { createDb } from '../src/db/client';
import { loadEnv } from '../src/env';
import { createApp } from '../src/http/create-app';
import { offlineJobQueue } from '../src/jobs/job-queue';

export const REGISTRY_API_TYPES_FILE = fileURLToPath(
  new URL('../../packages/contracts/src/registry-api.ts', import.meta.url),
);

const HEADER = `// Generated from the registry's /openapi.json by traceability/scripts/registry-api-types.ts
// (openapi-typescript). Do not edit: change the registry's schemas and run
//   npm run api-types -w @ocop/traceability
`;

/** The registry's OpenAPI document, built without a database (no route is called). */
export async function registryOpenApi(): Promise<Record<string, unknown>> {
  const env = loadEnv({
    NODE_ENV: 'test',
    // Never connected to: postgres.js opens connections on the first query only.
    DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    PUBLIC_BASE_URL: 'https://registry.example',
    STAMP_KEYS: `A:${randomBytes(32).toString('base64')}`,
    JWT_PUBLIC_KEY: generateKeyPair().publicKeyPem,
    NETWORK_HASH_SECRET: randomBytes(16).toString('hex'),
  });
  const db = createDb(env.DATABASE_URL as string, { max: 1 });
  try {
    const app = createApp(await buildDeps(env, db, undefined, { jobs: offlineJobQueue() }));
    return (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
  } finally {
    await db.end();
  }
}

export async function registryApiTypes(): Promise<string> {
  const document = await registryOpenApi();
  // The server's address is the deployment's, not the contract's.
  document.servers = [];
  return `${HEADER}${astToString(await openapiTS(document as never))}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REGISTRY_API_TYPES_FILE, await registryApiTypes());
  console.log(`wrote ${REGISTRY_API_TYPES_FILE}`);
}
