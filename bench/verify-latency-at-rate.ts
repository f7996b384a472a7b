import { type ResultRow, resultRow } from './result-row';
import { failedRequests, requestsPerSecond, runVerifyLoad, type VerifyLoad } from './run-verify-load';

export const P99_TARGET_MS = 25;

/** Latency of scans at a steady load the registry should carry, rather than at saturation. */
export async function benchVerifyLatencyAtRate(
  load: VerifyLoad & { overallRate: number },
): Promise<ResultRow[]> {
  const result = await runVerifyLoad({ ...load, ignoreCoordinatedOmission: true });
  const benchmark = `verify over HTTP, ${load.overallRate.toLocaleString('en-US')} req/s`;
  return [
    resultRow(benchmark, 'achieved rate', requestsPerSecond(result), { unit: 'req/s' }),
    resultRow(benchmark, 'latency p50', result.latency.p50, { unit: 'ms' }),
    resultRow(benchmark, 'latency p99', result.latency.p99, {
      unit: 'ms',
      target: { atMost: P99_TARGET_MS },
    }),
    resultRow(benchmark, 'non-2xx + socket errors', failedRequests(result), { target: { atMost: 0 } }),
  ];
}
