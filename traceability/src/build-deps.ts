import { createTokenVerifier } from './auth/verify-token';
import type { Db, Sql } from './db/client';
import type { Env } from './env';
import type { RegistryDeps } from './http/deps';
import { NetworkRegions } from './scans/network-regions';
import { parseStampKeys } from './stamps/stamp-keyring';

export async function buildDeps(
  env: Env,
  db: { sql: Sql; scanSql: Sql; bulkSql: Sql; db: Db },
  clock = () => new Date(),
): Promise<RegistryDeps> {
  return {
    ...db,
    clock,
    stampKeys: parseStampKeys(env.STAMP_KEYS, env.STAMP_ACTIVE_KEY_ID),
    verifyToken: await createTokenVerifier(env.JWT_PUBLIC_KEY, env.JWT_ISSUER),
    regions: await NetworkRegions.load(db.sql),
    config: {
      publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
      storefrontUrl: env.STOREFRONT_URL?.replace(/\/$/, '') ?? null,
      verifyRateLimitPerMinute: env.VERIFY_RATE_LIMIT_PER_MINUTE,
      suspiciousScanCount: env.SUSPICIOUS_SCAN_COUNT,
      networkHashSecret: env.NETWORK_HASH_SECRET,
      trustProxy: env.TRUST_PROXY,
    },
    log: (line) => console.error(line),
  };
}
