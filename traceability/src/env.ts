import { z } from 'zod';

/** Every setting the registry reads; the only place that touches process.env. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  /** Raw-SQL pool size (drizzle's pool is half of it); default two per CPU core. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  REGISTRY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Origin printed into every QR code: changing it orphans printed stamps. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:4000'),
  /** Where browsers are sent to see a product (the storefront); the registry renders its own page when unset. */
  STOREFRONT_URL: z.string().url().optional(),
  /** Comma-separated `id:base64secret` pairs; the id is one base64url character. */
  STAMP_KEYS: z.string().min(1),
  STAMP_ACTIVE_KEY_ID: z.string().length(1),
  /** SPKI PEM of the backend's token-signing key (ES256); "\n" escapes are accepted. */
  JWT_PUBLIC_KEY: z.string().min(100),
  JWT_ISSUER: z.string().default('ocop-backend'),
  /** Keyed hash for network prefixes so scans can tell places apart without keeping IPs. */
  NETWORK_HASH_SECRET: z.string().min(16),
  VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  SUSPICIOUS_SCAN_COUNT: z.coerce.number().int().min(2).default(20),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
  throw new Error(`The registry's environment is invalid:\n${lines.join('\n')}\nSee .env.example.`);
}
