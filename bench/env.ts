import { z } from 'zod';

/** Every setting the bench reads; the only place in bench/ that touches process.env. */
const BenchEnvSchema = z.object({
  /** Length of each timed load phase (verify over HTTP, pgbench, fixed rate). */
  BENCH_SECONDS: z.coerce.number().positive().default(20),
  /** Stamps issued through the API for the verify phases; each request scans a different one. */
  BENCH_VERIFY_STAMPS: z.coerce.number().int().min(1000).max(10_000_000).default(100_000),
  /** The large side of the scaling part (BENCH_ONLY=scaling), against 100,000. */
  BENCH_SCALING_STAMPS: z.coerce.number().int().min(1_000_000).max(10_000_000).default(10_000_000),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).default(32),
  /** Request rate of the fixed-rate latency phase. */
  BENCH_RATE: z.coerce.number().int().min(1).default(1000),
  BENCH_ISSUE_COUNT: z.coerce.number().int().min(1).max(1_000_000).default(1_000_000),
  BENCH_QR_SECONDS: z.coerce.number().positive().default(5),
  PGBENCH_PATH: z.string().default('/usr/bin/pgbench'),
  /** The backend's catalog listing against Medusa's default listing. */
  BENCH_LISTING_PRODUCTS: z.coerce.number().int().min(240).default(5000),
  BENCH_LISTING_SELLERS: z.coerce.number().int().min(1).default(100),
  BENCH_LISTING_SAMPLES: z.coerce.number().int().min(20).default(300),
  /** Requests per storefront page type for the TTFB figures. */
  BENCH_STOREFRONT_SAMPLES: z.coerce.number().int().min(10).default(200),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /**
   * Comma-separated parts to run: registry, listing, storefront (the default); verify is the
   * registry's throughput and floor rows alone; scaling (10 to 15 minutes) compares verify at
   * 100,000 and BENCH_SCALING_STAMPS stamps.
   */
  BENCH_ONLY: z.string().default('registry,listing,storefront'),
  /** Where to write V8 CPU profiles of the registry process; none when unset. */
  BENCH_CPU_PROFILE_DIR: z.string().optional(),
});

export type BenchEnv = z.infer<typeof BenchEnvSchema>;

export function loadBenchEnv(source: Record<string, string | undefined> = process.env): BenchEnv {
  const parsed = BenchEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
  throw new Error(`The bench's environment is invalid:\n${lines.join('\n')}`);
}
