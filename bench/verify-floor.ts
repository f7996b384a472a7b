import { measureCpu } from './process-cpu';
import { type ResultRow, resultRow } from './result-row';
import { failedRequests, requestsPerSecond, runVerifyLoad, type VerifyLoad } from './run-verify-load';
import { startFloorServer } from './start-floor-server';

const BENCHMARK = 'verify floor (node:http + postgres.js)';
export const REGISTRY_TO_FLOOR_TARGET = 0.8;

/**
 * The same load against the floor server (verify-floor-server.ts: path parse, MAC, the same
 * statement in one round trip, JSON, nothing else), right after the registry's run on the same
 * stamps: how close the registry, rate limiter on, comes to what this machine allows any Node
 * server doing this work.
 */
export async function benchVerifyFloor(input: {
  databaseUrl: string;
  stampKeys: string;
  load: Omit<VerifyLoad, 'baseUrl' | 'overallRate'>;
  registry: { requestsPerSecond: number; cpuMsPerRequest: number | null };
}): Promise<ResultRow[]> {
  const floor = await startFloorServer(input.databaseUrl, input.stampKeys);
  try {
    const load = { ...input.load, baseUrl: floor.baseUrl };
    await runVerifyLoad({ ...load, seconds: Math.min(2, load.seconds) });
    const measured = await measureCpu(floor.pid, () => runVerifyLoad(load));
    const rate = requestsPerSecond(measured.result);
    const cpu = measured.registryMs === null ? null : measured.registryMs / measured.result.requests.total;
    const rows = [
      resultRow(BENCHMARK, `throughput (${load.connections} conns)`, rate, { unit: 'req/s' }),
      resultRow(BENCHMARK, 'latency p99', measured.result.latency.p99, { unit: 'ms' }),
      resultRow(BENCHMARK, 'non-2xx + socket errors', failedRequests(measured.result), {
        target: { atMost: 0 },
      }),
      resultRow(BENCHMARK, 'registry req/s ÷ floor req/s', input.registry.requestsPerSecond / rate, {
        digits: 2,
        target: { atLeast: REGISTRY_TO_FLOOR_TARGET },
      }),
    ];
    if (cpu !== null) {
      rows.push(resultRow(BENCHMARK, 'CPU per request: floor (Node)', cpu, { unit: 'ms', digits: 3 }));
    }
    return rows;
  } finally {
    await floor.stop();
  }
}
