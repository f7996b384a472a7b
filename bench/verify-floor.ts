import { measureCpu } from './process-cpu';
import { type ResultRow, resultRow } from './result-row';
import { failedRequests, requestsPerSecond, runVerifyLoad, type VerifyLoad } from './run-verify-load';
import { startFloorServer } from './start-floor-server';

const BENCHMARK = 'verify floor (node:http + postgres.js)';
export const REGISTRY_TO_FLOOR_TARGET = 0.8;

/** Registry and floor runs alternate this many times; the ratio is the median of the pairs. */
const ROUNDS = 3;

/**
 * The same load against the floor server (verify-floor-server.ts: path parse, MAC, the registry's
 * statement in one round trip, JSON, nothing else) and the registry, alternating: ROUNDS pairs of
 * a registry run and a floor run on the same stamps, the ratio of each pair, their median. This
 * machine's speed drifts by a third from one minute to the next; a pair run back to back sees
 * the same machine. How close the registry, rate limiter on, comes to what this machine allows
 * any Node server doing this work.
 */
export async function benchVerifyFloor(input: {
  databaseUrl: string;
  stampKeys: string;
  load: Omit<VerifyLoad, 'baseUrl' | 'overallRate'>;
  registry: { baseUrl: string; requestsPerSecond: number };
}): Promise<ResultRow[]> {
  const floor = await startFloorServer(input.databaseUrl, input.stampKeys);
  try {
    const floorLoad = { ...input.load, baseUrl: floor.baseUrl };
    await runVerifyLoad({ ...floorLoad, seconds: Math.min(2, floorLoad.seconds) });
    const measured = await measureCpu(floor.pid, () => runVerifyLoad(floorLoad));
    const rate = requestsPerSecond(measured.result);
    const cpu = measured.registryMs === null ? null : measured.registryMs / measured.result.requests.total;
    const ratios = [input.registry.requestsPerSecond / rate];
    let failed = failedRequests(measured.result);
    for (let round = 2; round <= ROUNDS; round++) {
      const registryRun = await runVerifyLoad({ ...input.load, baseUrl: input.registry.baseUrl });
      const floorRun = await runVerifyLoad(floorLoad);
      failed += failedRequests(registryRun) + failedRequests(floorRun);
      ratios.push(requestsPerSecond(registryRun) / requestsPerSecond(floorRun));
    }
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] as number;
    const rows: ResultRow[] = [
      resultRow(BENCHMARK, `throughput (${floorLoad.connections} conns)`, rate, { unit: 'req/s' }),
      resultRow(BENCHMARK, 'latency p99', measured.result.latency.p99, { unit: 'ms' }),
      resultRow(BENCHMARK, 'non-2xx + socket errors (all runs)', failed, { target: { atMost: 0 } }),
      resultRow(BENCHMARK, `registry req/s ÷ floor req/s (median of ${ROUNDS} pairs)`, median, {
        digits: 2,
        target: { atLeast: REGISTRY_TO_FLOOR_TARGET },
      }),
      {
        benchmark: BENCHMARK,
        metric: 'each pair, in order',
        measured: ratios.map((r) => r.toFixed(2)).join(', '),
        target: '—',
        verdict: 'info',
      },
    ];
    if (cpu !== null) {
      rows.push(resultRow(BENCHMARK, 'CPU per request: floor (Node)', cpu, { unit: 'ms', digits: 3 }));
    }
    return rows;
  } finally {
    await floor.stop();
  }
}
