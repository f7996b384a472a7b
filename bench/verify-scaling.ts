import { createTestDatabase, type TestDatabase } from '@ocop/dev-postgres';
import { migrateDatabase } from '@ocop/traceability';
import { cycleStampPaths } from './cycle-stamp-paths';
import { type ResultRow, resultRow } from './result-row';
import { percentile, runPacedLoad } from './run-paced-load';
import { failedRequests, requestsPerSecond, runVerifyLoad } from './run-verify-load';
import { seedShop } from './seed-shop';
import { seedStampsBySql } from './seed-stamps-by-sql';
import { type RunningRegistry, startRegistryServer } from './start-registry-server';

const BENCHMARK = 'verify as stamps grow';
export const SMALL_STAMPS = 100_000;
/** Per tenfold more stamps (each with a scan), verify may lose at most this share of its req/s. */
export const LOSS_PER_TENFOLD_TARGET_PERCENT = 5;
const RUNS = 3;
const WARM_UP_SECONDS = 2;

interface Fleet {
  stamps: number;
  database: TestDatabase;
  registry: RunningRegistry;
  nextPath: () => string;
  rates: number[];
  pacedP99: number[];
  failed: number;
}

/**
 * Verify at 100,000 stamps beside verify at `largeStamps`, each stamp with one earlier scan, in
 * two databases on the same server with a registry each: RUNS alternating rounds (small, large,
 * small, …) of a full-speed run and an evenly paced one, and the median of each. Alternating
 * spreads whatever else the machine does over both sides.
 */
export async function benchVerifyScaling(input: {
  largeStamps: number;
  seconds: number;
  connections: number;
  rate: number;
  progress: (step: string) => void;
}): Promise<ResultRow[]> {
  const fleets: Fleet[] = [];
  try {
    for (const stamps of [SMALL_STAMPS, input.largeStamps]) {
      const label = stamps.toLocaleString('en-US');
      input.progress(`scaling: a database with ${label} stamps, each scanned once`);
      const database = await createTestDatabase(`ocop_bench_${stamps}`);
      await migrateDatabase(database.url);
      const registry = await startRegistryServer(database.url);
      const fleet: Fleet = {
        stamps,
        database,
        registry,
        nextPath: () => '',
        rates: [],
        pacedP99: [],
        failed: 0,
      };
      fleets.push(fleet);
      const shop = await seedShop(registry);
      const started = Date.now();
      const seeded = await seedStampsBySql({
        databaseUrl: database.url,
        shop,
        stampKeys: registry.stampKeys,
        count: stamps,
        withScans: true,
        progress: (step) => input.progress(`scaling: ${step}`),
      });
      input.progress(`scaling: ${label} stamps seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      fleet.nextPath = cycleStampPaths(seeded.urls);
      await runVerifyLoad({
        baseUrl: registry.baseUrl,
        nextPath: fleet.nextPath,
        seconds: WARM_UP_SECONDS,
        connections: input.connections,
      });
    }
    for (let run = 1; run <= RUNS; run++) {
      for (const fleet of fleets) {
        input.progress(`scaling: run ${run} of ${RUNS} at ${fleet.stamps.toLocaleString('en-US')} stamps`);
        const load = {
          baseUrl: fleet.registry.baseUrl,
          nextPath: fleet.nextPath,
          seconds: input.seconds,
          connections: input.connections,
        };
        const full = await runVerifyLoad(load);
        fleet.rates.push(requestsPerSecond(full));
        fleet.failed += failedRequests(full);
        const paced = await runPacedLoad({ ...load, rate: input.rate, maxSockets: input.connections });
        fleet.pacedP99.push(percentile(paced.latencies, 99));
        fleet.failed += paced.failed;
      }
    }
    return scalingRows(fleets as [Fleet, Fleet], input.rate);
  } finally {
    for (const fleet of fleets) {
      await fleet.registry.stop().catch(() => {});
      await fleet.database.dispose().catch(() => {});
    }
  }
}

function scalingRows([small, large]: [Fleet, Fleet], rate: number): ResultRow[] {
  const label = (fleet: Fleet) => `${fleet.stamps.toLocaleString('en-US')} stamps`;
  const smallRate = median(small.rates);
  const largeRate = median(large.rates);
  const tenfolds = Math.log10(large.stamps / small.stamps);
  // The loss per tenfold that, compounded, gives the loss measured.
  const lossPerTenfold = (1 - (largeRate / smallRate) ** (1 / tenfolds)) * 100;
  const paced = `p99 at ${rate.toLocaleString('en-US')} req/s evenly`;
  return [
    resultRow(BENCHMARK, `throughput at ${label(small)} (median of ${RUNS})`, smallRate, { unit: 'req/s' }),
    resultRow(BENCHMARK, `throughput at ${label(large)} (median of ${RUNS})`, largeRate, { unit: 'req/s' }),
    resultRow(BENCHMARK, 'req/s lost per 10× stamps', lossPerTenfold, {
      unit: '%',
      digits: 1,
      target: { atMost: LOSS_PER_TENFOLD_TARGET_PERCENT },
    }),
    resultRow(BENCHMARK, `${paced}, ${label(small)}`, median(small.pacedP99), { unit: 'ms', digits: 1 }),
    resultRow(BENCHMARK, `${paced}, ${label(large)}`, median(large.pacedP99), { unit: 'ms', digits: 1 }),
    resultRow(BENCHMARK, 'failed requests (all runs)', small.failed + large.failed, {
      target: { atMost: 0 },
    }),
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
