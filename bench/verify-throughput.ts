import { measureCpu } from './process-cpu';
import { type ResultRow, resultRow, skippedRow } from './result-row';
import { failedRequests, requestsPerSecond, runVerifyLoad, type VerifyLoad } from './run-verify-load';

const BENCHMARK = 'verify over HTTP, max rate';
const WARM_UP_SECONDS = 2;

/**
 * How many scans per second the registry answers (lookup + counted scan + JSON verdict) when
 * `connections` phones scan at once, as fast as it answers.
 */
export async function benchVerifyThroughput(
  load: Omit<VerifyLoad, 'overallRate'> & { registryPid: number },
): Promise<{ rows: ResultRow[]; requestsPerSecond: number; cpuPerRequest: CpuPerRequest }> {
  await expectGenuine(load.baseUrl, load.nextPath());
  // JIT, the app's connection pool and PostgreSQL's plan caches warm up before we measure.
  await runVerifyLoad({ ...load, seconds: Math.min(WARM_UP_SECONDS, load.seconds) });
  const measured = await measureCpu(load.registryPid, () => runVerifyLoad(load));
  const result = measured.result;
  const rate = requestsPerSecond(result);
  const conns = `${load.connections} conns`;
  const perRequest = (ms: number | null) => (ms === null ? null : ms / result.requests.total);
  const cpuPerRequest: CpuPerRequest = {
    loadGenerator: perRequest(measured.loadGeneratorMs) as number,
    registry: perRequest(measured.registryMs),
    postgres: perRequest(measured.postgresMs),
  };
  const cpuRow = (who: string, ms: number | null) =>
    ms === null
      ? skippedRow(BENCHMARK, `CPU per request: ${who}`, 'not on this machine')
      : resultRow(BENCHMARK, `CPU per request: ${who}`, ms, { unit: 'ms', digits: 3 });
  return {
    requestsPerSecond: rate,
    cpuPerRequest,
    rows: [
      resultRow(BENCHMARK, `throughput (${conns})`, rate, { unit: 'req/s' }),
      resultRow(BENCHMARK, 'latency p50', result.latency.p50, { unit: 'ms' }),
      resultRow(BENCHMARK, 'latency p99', result.latency.p99, { unit: 'ms' }),
      resultRow(BENCHMARK, 'non-2xx + socket errors', failedRequests(result), { target: { atMost: 0 } }),
      // Where two cores went: what the load generator itself costs is capacity the registry
      // and PostgreSQL do not get.
      cpuRow('autocannon (load generator)', cpuPerRequest.loadGenerator),
      cpuRow('registry (Node)', cpuPerRequest.registry),
      cpuRow('PostgreSQL', cpuPerRequest.postgres),
    ],
  };
}

/** CPU milliseconds per verify request, by process; null where /proc could not tell. */
export interface CpuPerRequest {
  loadGenerator: number;
  registry: number | null;
  postgres: number | null;
}

/** A benchmark of 404s would be fast and meaningless: check the fixture gives a real verdict first. */
async function expectGenuine(baseUrl: string, path: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'application/json' } });
  const body = (await response.json()) as { verdict?: string };
  if (response.status !== 200 || body.verdict !== 'genuine') {
    throw new Error(`A fresh stamp did not verify as genuine (${response.status}): ${JSON.stringify(body)}`);
  }
}
