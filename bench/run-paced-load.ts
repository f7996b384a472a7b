import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedLoad {
  baseUrl: string;
  nextPath: () => string;
  /** Requests per second, sent evenly: one every 1/rate s, whatever the answers do. */
  rate: number;
  seconds: number;
  /** Open connections at most; a request finding them all busy waits, and that wait counts. */
  maxSockets: number;
}

export interface PacedResult {
  sent: number;
  failed: number;
  /** Milliseconds from when each request was due to its whole answer, sorted. */
  latencies: number[];
  durationSeconds: number;
}

/**
 * An open-loop load at a steady rate: request i is due at i/rate seconds and is sent then (the
 * timer wakes every millisecond and sends what is due), and its latency is counted from when
 * it was due, so a slow answer or a late timer can only make the figures worse (no coordinated
 * omission). autocannon's overallRate, by contrast, lets each connection send its share of a
 * second back to back at the start of that second.
 */
export function runPacedLoad(load: PacedLoad): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.maxSockets });
  const url = new URL(load.baseUrl);
  const total = Math.round(load.rate * load.seconds);
  const latencies: number[] = [];
  let sent = 0;
  let done = 0;
  let failed = 0;
  const started = performance.now();

  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({ sent, failed, latencies, durationSeconds: (performance.now() - started) / 1000 });
    };
    const answered = (due: number, ok: boolean) => {
      if (ok) latencies.push(performance.now() - due);
      else failed += 1;
      done += 1;
      if (done === total) finish();
    };
    const send = (due: number) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: load.nextPath(),
          headers: { accept: 'application/json' },
        },
        (res) => {
          res.resume();
          res.on('end', () => answered(due, res.statusCode === 200));
          res.on('error', () => answered(due, false));
        },
      );
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => answered(due, false));
      req.end();
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && started + (sent * 1000) / load.rate <= now) {
        send(started + (sent * 1000) / load.rate);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
