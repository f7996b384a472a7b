import type { TokenVerifier } from '../auth/verify-token';
import type { Db, Sql } from '../db/client';
import type { JobQueue } from '../jobs/job-queue';
import type { ScanPlaces } from '../scans/scan-places';
import type { CopyThresholds } from '../scans/verify-stamp';
import type { StampKeyring } from '../stamps/stamp-keyring';
import type { TrustedProxies } from './client-address';
import type { Logger } from './logger';
import type { RateLimits } from './rate-limiter';

/** Everything the registry's handlers need, passed in so tests can build an app in memory. */
export interface RegistryDeps {
  db: Db;
  sql: Sql;
  /** Asynchronous-commit pool for scan logging only (decision 007). */
  scanSql: Sql;
  /** Two connections for stamp issuance's long COPY transactions. */
  bulkSql: Sql;
  clock: () => Date;
  stampKeys: StampKeyring;
  verifyToken: TokenVerifier;
  places: ScanPlaces;
  config: {
    /** Check every JSON answer against its declared schema (NODE_ENV=test; route-registry.ts). */
    checkResponses?: boolean;
    publicBaseUrl: string;
    storefrontUrl: string | null;
    /** GS1_COMPANY_PREFIX: where platform GTINs come from (decision 017); null: none are given. */
    gs1CompanyPrefix: string | null;
    copy: CopyThresholds;
    scanAddressRetentionDays: number;
    networkHashSecret: string;
    /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); empty: the socket's peer is the client. */
    trustedProxies: TrustedProxies;
    /** Strict-Transport-Security is sent only when the public origin is https. */
    https: boolean;
  };
  limits: RateLimits;
  /** The job queue (pg-boss, decision 022): stamp runs, event deliveries, the hourly jobs. */
  jobs: JobQueue;
  /** pino (http/logger.ts): errors with their request id. */
  log: Logger;
}
