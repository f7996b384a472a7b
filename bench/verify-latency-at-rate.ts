import { type ResultRow, resultRow } from './result-row';
import { percentile, runPacedLoad } from './run-paced-load';
import { failedRequests, requestsPerSecond, runVerifyLoad, type VerifyLoad } from './run-verify-load';

export const P99_TARGET_MS = 25;

/**
 * Latency of scans at a steady load the registry should carry, rather than at saturation. The
 * target is judged on an evenly paced load (phones do not scan in step with the clock);
 * autocannon's overallRate is shown beside it for comparison: each of its connections sends its
 * share of every second back to back when the second starts, so its latencies are those of
 * short bursts at full speed.
 */
export async function benchVerifyLatencyAtRate(
  load: VerifyLoad & { overallRate: number },
): Promise<ResultRow[]> {
  const rate = load.overallRate.toLocaleString('en-US');
  const paced = await runPacedLoad({
    baseUrl: load.baseUrl,
    nextPath: load.nextPath,
    rate: load.overallRate,
    seconds: load.seconds,
    maxSockets: load.connections,
  });
  const evenly = `verify over HTTP, ${rate} req/s evenly`;
  const bursts = `verify over HTTP, ${rate} req/s (autocannon)`;
  const result = await runVerifyLoad({ ...load, ignoreCoordinatedOmission: true });
  return [
    resultRow(evenly, 'achieved rate', paced.latencies.length / paced.durationSeconds, { unit: 'req/s' }),
    resultRow(evenly, 'latency p50', percentile(paced.latencies, 50), { unit: 'ms', digits: 1 }),
    resultRow(evenly, 'latency p99', percentile(paced.latencies, 99), {
      unit: 'ms',
      digits: 1,
      target: { atMost: P99_TARGET_MS },
    }),
    resultRow(evenly, 'latency max', paced.latencies.at(-1) ?? Number.NaN, { unit: 'ms', digits: 1 }),
    resultRow(evenly, 'failed requests', paced.failed, { target: { atMost: 0 } }),
    resultRow(bursts, 'achieved rate', requestsPerSecond(result), { unit: 'req/s' }),
    resultRow(bursts, 'latency p50', result.latency.p50, { unit: 'ms' }),
    resultRow(bursts, 'latency p99', result.latency.p99, { unit: 'ms' }),
    resultRow(bursts, 'non-2xx + socket errors', failedRequests(result), { target: { atMost: 0 } }),
  ];
}
