import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, freePort, type TestDatabase } from '@ocop/dev-postgres';
import { BACKEND_DIR, medusa, migrateBackend } from '../scripts/prepare-backend';
import { type ResultRow, resultRow } from './result-row';

const BENCH = 'store listing, 24 per page';

export interface ListingBenchOptions {
  sellers: number;
  products: number;
  samples: number;
  progress: (step: string) => void;
  /** The registry the backend reads from (product pages' batches); none by default. */
  registryUrl?: string;
  /** More measurements against the same running backend and data set (the storefront's). */
  whileRunning?: (backend: { url: string; publishableKey: string }) => Promise<ResultRow[]>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Our catalog page (/store/ocop/products, the listing read model) against Medusa's default
 * /store/products with calculated prices, on the same products in the same Medusa process,
 * requests alternating so both see the same machine. One request at a time: what one shopper
 * waits for a page.
 */
export async function benchBackendListing(options: ListingBenchOptions): Promise<ResultRow[]> {
  let database: TestDatabase | undefined;
  let server: ChildProcess | undefined;
  try {
    database = await createTestDatabase('ocop_bench_backend');
    const port = await freePort();
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      BACKEND_DATABASE_URL: database.url,
      PORT: String(port),
      MEDUSA_ADMIN_DISABLED: 'true',
      OCOP_RECONCILE_DISABLED: 'true',
      OCOP_OUTBOX_WORKER_DISABLED: 'true',
      // Request logging would be measured too; both endpoints lose it alike.
      LOG_LEVEL: 'error',
      ...(options.registryUrl ? { REGISTRY_URL: options.registryUrl } : {}),
    };
    await migrateBackend(env, options.progress);
    options.progress(
      `seeding ${options.products.toLocaleString('en-US')} products of ${options.sellers} shops`,
    );
    const tail = await medusa(
      ['exec', './src/scripts/bench-seed.ts', String(options.sellers), String(options.products)],
      env,
      'bench-seed.log',
    );
    const { regionId, publishableKey } = JSON.parse(
      tail
        .split('\n')
        .reverse()
        .find((line) => line.startsWith('{"regionId"')) as string,
    ) as { regionId: string; publishableKey: string };

    server = spawn(path.join(BACKEND_DIR, '..', 'node_modules', '.bin', 'medusa'), ['start'], {
      cwd: BACKEND_DIR,
      env,
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('the backend did not start within 120 s');
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 300));
    }

    const headers = { 'x-publishable-api-key': publishableKey };
    const pages = Math.floor(options.products / 24);
    const ours = (page: number) => `${base}/store/ocop/products?limit=24&offset=${page * 24}`;
    const theirs = (page: number) =>
      `${base}/store/products?limit=24&offset=${page * 24}&region_id=${regionId}&fields=*variants.calculated_price`;
    const time = async (url: string) => {
      const started = performance.now();
      const response = await fetch(url, { headers });
      const body = (await response.json()) as { products?: unknown[]; count?: number };
      const ms = performance.now() - started;
      if (!response.ok || body.products?.length !== 24) {
        throw new Error(`${url} answered ${response.status} with ${body.products?.length} products`);
      }
      return { ms, count: body.count ?? 0 };
    };
    options.progress(`${options.samples} pages from each endpoint, alternating`);
    for (let i = 0; i < 20; i++) {
      await time(ours(i));
      await time(theirs(i));
    }
    const a: number[] = [];
    const b: number[] = [];
    let counts = { ours: 0, theirs: 0 };
    for (let i = 0; i < options.samples; i++) {
      const page = (i * 7919) % pages;
      const x = await time(ours(page));
      const y = await time(theirs(page));
      a.push(x.ms);
      b.push(y.ms);
      counts = { ours: x.count, theirs: y.count };
    }
    if (counts.ours !== options.products || counts.theirs !== options.products) {
      throw new Error(
        `expected ${options.products} products in both, got ${counts.ours} and ${counts.theirs}`,
      );
    }
    a.sort((x, y) => x - y);
    b.sort((x, y) => x - y);
    const ratio = percentile(b, 95) / percentile(a, 95);
    const more = options.whileRunning ? await options.whileRunning({ url: base, publishableKey }) : [];
    return [
      resultRow(BENCH, '/store/ocop/products p50', percentile(a, 50), { unit: 'ms', digits: 1 }),
      resultRow(BENCH, '/store/ocop/products p95', percentile(a, 95), {
        unit: 'ms',
        digits: 1,
        target: { atMost: 150 },
      }),
      resultRow(BENCH, 'Medusa /store/products (calculated prices) p50', percentile(b, 50), {
        unit: 'ms',
        digits: 1,
      }),
      resultRow(BENCH, 'Medusa /store/products (calculated prices) p95', percentile(b, 95), {
        unit: 'ms',
        digits: 1,
      }),
      resultRow(BENCH, 'default p95 ÷ ours p95', ratio, { unit: '×', digits: 1, target: { atLeast: 10 } }),
      ...more,
    ];
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      server.kill('SIGKILL');
    }
    await database?.dispose();
  }
}
