import autocannon from 'autocannon';

export interface VerifyLoad {
  baseUrl: string;
  nextPath: () => string;
  seconds: number;
  connections: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  overallRate?: number;
  /**
   * autocannon's correction for a fixed rate assumes one request per ceil(1000 / rate per
   * connection) ms but computes ceil(1 / rate), i.e. 1 ms: every response of n ms is then counted
   * n times, which inflates the percentiles. true records the latencies as measured.
   */
  ignoreCoordinatedOmission?: boolean;
}

/** Scans stamps over HTTP as a phone app does (JSON verdict), one different stamp per request. */
export function runVerifyLoad(load: VerifyLoad): Promise<autocannon.Result> {
  return autocannon({
    url: load.baseUrl,
    connections: load.connections,
    duration: load.seconds,
    headers: { accept: 'application/json' },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: load.nextPath() }) }],
    ...(load.overallRate
      ? { overallRate: load.overallRate, ignoreCoordinatedOmission: load.ignoreCoordinatedOmission ?? false }
      : {}),
  });
}

/** Failed requests of any kind: a verify benchmark only counts if every answer was a verdict. */
export function failedRequests(result: autocannon.Result): number {
  // errors already include timeouts.
  return result.non2xx + result.errors;
}

export function requestsPerSecond(result: autocannon.Result): number {
  return result.requests.total / result.duration;
}
