import { createTokenVerifier } from './auth/verify-token';
import type { Db, Sql } from './db/client';
import type { Env } from './env';
import type { RegistryDeps } from './http/deps';
import { createLogger, type Logger } from './http/logger';
import { createRateLimits } from './http/rate-limiter';
import { type JobQueue, startJobQueue } from './jobs/job-queue';
import { ScanPlaces } from './scans/scan-places';
import { parseStampKeys } from './stamps/stamp-keyring';

export async function buildDeps(
  env: Env,
  db: { sql: Sql; scanSql: Sql; bulkSql: Sql; db: Db },
  clock = () => new Date(),
  options: { jobSchema?: string; log?: Logger; jobs?: JobQueue } = {},
): Promise<RegistryDeps> {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set.');
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const jobs =
    options.jobs ?? (await startJobQueue({ databaseUrl: env.DATABASE_URL, log, schema: options.jobSchema }));
  return {
    ...db,
    clock,
    stampKeys: parseStampKeys(env.STAMP_KEYS, env.STAMP_ACTIVE_KEY_ID),
    verifyToken: await createTokenVerifier(env.JWT_PUBLIC_KEY, env.JWT_ISSUER),
    places: await ScanPlaces.load({ carrierAsns: env.COPY_CARRIER_ASNS, carrierHubs: env.COPY_CARRIER_HUBS }),
    config: {
      checkResponses: env.NODE_ENV === 'test',
      publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
      storefrontUrl: env.STOREFRONT_URL?.replace(/\/$/, '') ?? null,
      gs1CompanyPrefix: env.GS1_COMPANY_PREFIX ?? null,
      copy: {
        provinces: env.COPY_PROVINCES_THRESHOLD,
        provinceMinNetworks: env.COPY_PROVINCE_MIN_NETWORKS,
        networks: env.COPY_NETWORKS_THRESHOLD,
      },
      scanAddressRetentionDays: env.SCAN_ADDRESS_RETENTION_DAYS,
      networkHashSecret: env.NETWORK_HASH_SECRET,
      trustedProxies: env.TRUST_PROXY,
      https: env.PUBLIC_BASE_URL.startsWith('https:'),
    },
    limits: createRateLimits(
      {
        verify: { points: env.VERIFY_RATE_LIMIT_PER_MINUTE, duration: 60 },
        verifyUnknown: { points: env.VERIFY_UNKNOWN_LIMIT_PER_MINUTE, duration: 60 },
        reportsPerAddress: { points: env.REPORT_LIMIT_PER_HOUR, duration: 60 * 60 },
        reportsPerStamp: { points: env.REPORT_LIMIT_PER_STAMP_PER_DAY, duration: 24 * 60 * 60 },
      },
      { redisUrl: env.REDIS_URL, keyPrefix: env.RATE_LIMIT_KEY_PREFIX },
    ),
    jobs,
    log,
  };
}
