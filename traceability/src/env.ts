import { existsSync, readFileSync } from 'node:fs';
import { companyPrefixProblem, isProvince } from '@ocop/domain';
import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address';
import { LOG_LEVELS } from './http/logger';

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : undefined));
const perPeriod = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

/** Every setting the registry reads; the only place that touches process.env. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: optional.pipe(z.string().url().optional()),
  /** Raw-SQL pool size (drizzle's pool is half of it); default two per CPU core. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  REGISTRY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** pino's level (http/logger.ts); `debug` logs every request with its id. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Origin printed into every QR code: changing it orphans printed stamps. */
  PUBLIC_BASE_URL: optional.pipe(z.string().url().optional()),
  /** Where browsers are sent to see a product (the storefront); the registry renders its own page when unset. */
  STOREFRONT_URL: optional.pipe(z.string().url().optional()),
  /** Comma-separated `id:base64secret` pairs; the id is one base64url character. */
  STAMP_KEYS: optional,
  STAMP_ACTIVE_KEY_ID: z.string().length(1).default('A'),
  /**
   * The platform operator's GS1 company prefix: products without a GTIN may get one under it
   * (decision 017). Unset: none are given, stamps of such products stay under /ocop/.
   */
  GS1_COMPANY_PREFIX: optional.pipe(
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = companyPrefixProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
  ),
  /** SPKI PEM of the backend's token-signing key (ES256); "\n" escapes are accepted. */
  JWT_PUBLIC_KEY: optional,
  JWT_ISSUER: z.string().default('ocop-backend'),
  /** Keyed hash for network prefixes so scans can tell places apart without keeping IPs. */
  NETWORK_HASH_SECRET: optional,
  /** Every verify from one address (IPv6: its /64), real stamps included. */
  VERIFY_RATE_LIMIT_PER_MINUTE: perPeriod(600),
  /** Verifies from one address that found nothing: forged or guessed codes. */
  VERIFY_UNKNOWN_LIMIT_PER_MINUTE: perPeriod(30),
  REPORT_LIMIT_PER_HOUR: perPeriod(10),
  REPORT_LIMIT_PER_STAMP_PER_DAY: perPeriod(20),
  /** Shared rate-limit counts for several registry processes; memory when unset. */
  REDIS_URL: optional.pipe(z.string().url().optional()),
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).default('ocop:registry'),
  /** A unit stamp seen from fixed-line networks in this many provinces is flagged (decision 014). */
  COPY_PROVINCES_THRESHOLD: z.coerce.number().int().min(2).max(34).default(2),
  /** …provided that many distinct fixed-line networks saw it (one owner's home and office do not). */
  COPY_PROVINCE_MIN_NETWORKS: z.coerce.number().int().min(2).max(100).default(3),
  /** Distinct networks of any kind (a carrier counts once) that flag a stamp even in one province. */
  COPY_NETWORKS_THRESHOLD: z.coerce.number().int().min(3).max(150).default(8),
  /** Autonomous systems of mobile carriers: their addresses are one network each, without a province. */
  COPY_CARRIER_ASNS: z
    .string()
    .default('7552,24086,38731,45899,7643,135905,131429,45896')
    .pipe(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'a comma-separated list of AS numbers'))
    .transform((v) => v.split(',').map((n) => Number(n.trim()))),
  /** Provinces where GeoIP places carriers' addresses (their hubs): no evidence of where a phone is. */
  COPY_CARRIER_HUBS: z
    .string()
    .default('Hà Nội,Hồ Chí Minh,Đà Nẵng')
    .transform((v, ctx) => {
      const names = v
        .split(',')
        .map((n) => n.trim().normalize('NFC'))
        .filter(Boolean);
      for (const n of names) {
        if (!isProvince(n))
          ctx.addIssue({ code: 'custom', message: `"${n}" is not one of the 34 provinces` });
      }
      return names;
    }),
  /** Days a scan's raw address is kept (personal data); afterwards only its hashed network stays. */
  SCAN_ADDRESS_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For names the client. */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

type Parsed = z.infer<typeof EnvSchema>;
export type Env = Omit<
  Parsed,
  'STAMP_KEYS' | 'JWT_PUBLIC_KEY' | 'NETWORK_HASH_SECRET' | 'PUBLIC_BASE_URL'
> & {
  STAMP_KEYS: string;
  JWT_PUBLIC_KEY: string;
  NETWORK_HASH_SECRET: string;
  PUBLIC_BASE_URL: string;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The registry's environment is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`,
    );
    this.name = 'EnvError';
  }
}

/** Where `npm start` keeps the secrets it generated for development (scripts/dev-env.ts). */
const DEV_SECRETS_FILE = new URL('../../.data/dev-secrets.json', import.meta.url);

function developmentSecrets(): string[] {
  if (!existsSync(DEV_SECRETS_FILE)) return [];
  try {
    const saved = JSON.parse(readFileSync(DEV_SECRETS_FILE, 'utf8')) as Record<string, unknown>;
    return Object.values(saved).filter((v): v is string => typeof v === 'string' && v.length >= 8);
  } catch {
    return [];
  }
}

const SECRETS = {
  STAMP_KEYS: 'signs and checks every QR stamp',
  JWT_PUBLIC_KEY: "checks the backend's tokens",
  NETWORK_HASH_SECRET: 'hashes client networks in the scan log',
} as const;

function problemsOf(env: Parsed, devValues: string[]): string[] {
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  for (const [name, what] of Object.entries(SECRETS) as [keyof typeof SECRETS, string][]) {
    const value = env[name]?.replaceAll('\\n', '\n');
    if (!value) problems.push(`${name} is missing (${what})`);
    else if (production && devValues.some((dev) => dev.includes(value) || value.includes(dev))) {
      problems.push(`${name} is a development value from .data/dev-secrets.json (${what})`);
    }
  }
  if (env.NETWORK_HASH_SECRET && env.NETWORK_HASH_SECRET.length < 16) {
    problems.push('NETWORK_HASH_SECRET is shorter than 16 characters');
  }
  if (env.JWT_PUBLIC_KEY && !env.JWT_PUBLIC_KEY.includes('-----BEGIN PUBLIC KEY-----')) {
    problems.push('JWT_PUBLIC_KEY is not an SPKI PEM key (-----BEGIN PUBLIC KEY-----)');
  }
  if (production) {
    if (!env.DATABASE_URL) problems.push('DATABASE_URL is missing');
    // A development default printed into QR codes would orphan every stamp once fixed.
    if (!env.PUBLIC_BASE_URL)
      problems.push('PUBLIC_BASE_URL is missing (the origin printed into every stamp)');
    for (const key of (env.STAMP_KEYS ?? '').split(',').filter(Boolean)) {
      const [id = '', secret = ''] = key.split(':');
      if (Buffer.from(secret, 'base64').length < 32) {
        problems.push(`STAMP_KEYS: key "${id}" has fewer than 32 random bytes`);
      }
    }
  }
  return problems;
}

/**
 * Development runs on what `npm start` generated (scripts/dev-env.ts); NODE_ENV=production
 * refuses to boot on a missing or development secret and names every one at once.
 */
export function loadEnv(
  source: Record<string, string | undefined> = process.env,
  devValues: string[] = source.NODE_ENV === 'production' ? developmentSecrets() : [],
): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = problemsOf(parsed.data, devValues);
  if (problems.length > 0) throw new EnvError(problems);
  return {
    ...parsed.data,
    PUBLIC_BASE_URL: parsed.data.PUBLIC_BASE_URL ?? 'http://localhost:4000',
  } as Env;
}
