import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '@ocop/dev-postgres';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type ResultRow, resultRow, skippedRow } from './result-row';

const ROOT = path.resolve(import.meta.dirname, '..');
const STOREFRONT_DIR = path.join(ROOT, 'storefront');
const BENCH = 'storefront pages';
const PHONE_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

export interface StorefrontBenchOptions {
  backendUrl: string;
  publishableKey: string;
  registryUrl: string;
  /** Stamp URLs as printed (any origin): their paths are opened on the storefront. */
  stampUrls: string[];
  samples: number;
  chromiumPath: string;
  progress: (step: string) => void;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Time to first byte of the four pages a consumer meets (home, listing, product, verify) on the
 * production build served by storefront/server.js, one request at a time, pages alternating;
 * then Lighthouse's mobile performance score for each, in the system Chromium.
 */
export async function benchStorefrontPages(options: StorefrontBenchOptions): Promise<ResultRow[]> {
  let server: ChildProcess | undefined;
  try {
    options.progress('building the storefront');
    await run(path.join(ROOT, 'node_modules', '.bin', 'remix'), ['vite:build'], STOREFRONT_DIR);
    const port = await freePort();
    server = spawn(process.execPath, ['server.js'], {
      cwd: STOREFRONT_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        BACKEND_URL: options.backendUrl,
        REGISTRY_URL: options.registryUrl,
        MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
        SESSION_SECRET: 'bench-session-secret-bench-session-secret',
      },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`);

    const listing = (await (
      await fetch(`${options.backendUrl}/store/ocop/products?limit=100`, {
        headers: { 'x-publishable-api-key': options.publishableKey },
      })
    ).json()) as { products: { handle: string }[]; count: number };
    const handles = listing.products.map((p) => p.handle);
    const pages = Math.max(1, Math.floor(listing.count / 24));
    const stampPaths = options.stampUrls.map((u) => new URL(u).pathname);
    const urls = {
      home: () => `${base}/`,
      listing: (i: number) =>
        `${base}/san-pham?page=${1 + ((i * 7919) % pages)}${i % 3 === 0 ? '&stars=4,5' : ''}`,
      product: (i: number) => `${base}/san-pham/${handles[i % handles.length]}`,
      verify: (i: number) => `${base}${stampPaths[i % stampPaths.length]}`,
    };
    const ttfb = async (url: string, expected: number[] = [200]) => {
      const started = performance.now();
      // As a phone: the verify page counts no scan for a bot, and Node's fetch says "node".
      const response = await fetch(url, { headers: { 'user-agent': PHONE_USER_AGENT } });
      const ms = performance.now() - started; // fetch resolves when the headers arrive
      await response.arrayBuffer();
      if (!expected.includes(response.status)) throw new Error(`${url} answered ${response.status}`);
      return ms;
    };
    options.progress(`TTFB: ${options.samples} requests per page, alternating`);
    const times: Record<keyof typeof urls, number[]> = { home: [], listing: [], product: [], verify: [] };
    for (let i = 0; i < 20; i++) for (const make of Object.values(urls)) await ttfb(make(i + 1000));
    for (let i = 0; i < options.samples; i++) {
      for (const [name, make] of Object.entries(urls) as [keyof typeof urls, (i: number) => string][]) {
        times[name].push(await ttfb(make(i)));
      }
    }
    const rows: ResultRow[] = [];
    for (const [name, list] of Object.entries(times)) {
      list.sort((a, b) => a - b);
      rows.push(resultRow(BENCH, `${name} TTFB p50`, percentile(list, 50), { unit: 'ms', digits: 1 }));
      rows.push(
        resultRow(BENCH, `${name} TTFB p95`, percentile(list, 95), {
          unit: 'ms',
          digits: 1,
          target: name === 'listing' ? { atMost: 150 } : undefined,
        }),
      );
    }

    options.progress('Lighthouse (mobile) for each page');
    const chrome = await chromeLauncher
      .launch({
        chromePath: options.chromiumPath,
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      .catch((error: Error) => error);
    if (chrome instanceof Error) {
      for (const name of Object.keys(urls)) {
        rows.push(
          skippedRow(
            BENCH,
            `${name} Lighthouse mobile performance`,
            `no Chromium: ${chrome.message}`,
            '≥ 90',
          ),
        );
      }
      return rows;
    }
    try {
      for (const [name, make] of Object.entries(urls) as [keyof typeof urls, (i: number) => string][]) {
        const result = await lighthouse(make(7), {
          port: chrome.port,
          onlyCategories: ['performance'],
          output: 'json',
          logLevel: 'error',
        });
        const score = (result?.lhr.categories.performance?.score ?? 0) * 100;
        rows.push(
          resultRow(BENCH, `${name} Lighthouse mobile performance`, score, {
            digits: 0,
            target: { atLeast: 90 },
          }),
        );
      }
    } finally {
      chrome.kill();
    }
    return rows;
  } finally {
    if (server && server.exitCode === null) server.kill('SIGTERM');
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
