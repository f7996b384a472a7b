import type { TokenVerifier } from '../auth/verify-token';
import type { Db, Sql } from '../db/client';
import type { NetworkRegions } from '../scans/network-regions';
import type { StampKeyring } from '../stamps/stamp-keyring';

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
  regions: NetworkRegions;
  config: {
    publicBaseUrl: string;
    storefrontUrl: string | null;
    verifyRateLimitPerMinute: number;
    suspiciousScanCount: number;
    networkHashSecret: string;
    trustProxy: boolean;
  };
  log: (line: string) => void;
}
