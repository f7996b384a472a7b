import type PgBoss from 'pg-boss';
import { AppError } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import { issueStamps, markIssuanceFailed } from './issue-stamps';

interface IssuanceRow {
  batch_id: string;
  requested: number;
  serial_version: 1 | 2;
  status: 'running' | 'done' | 'failed';
}

/**
 * The stamps.issue job: runs a print run the API accepted. A refusal (the batch ran out of units
 * meanwhile) fails the run at once; anything else (a lost connection, a restart mid-COPY, which
 * rolls back) is retried by the queue, and the run is marked failed only after the last try.
 */
export async function runIssuance(
  issuanceId: string,
  job: Pick<PgBoss.JobWithMetadata, 'retryCount' | 'retryLimit'>,
  deps: Pick<RegistryDeps, 'sql' | 'bulkSql' | 'clock' | 'log'>,
) {
  const [run] = await deps.sql<IssuanceRow[]>`
    select batch_id, requested, serial_version, status from stamp_issuances where id = ${issuanceId}`;
  if (!run) return { skipped: 'missing' };
  if (run.status !== 'running') return { skipped: run.status };
  try {
    return await issueStamps(
      { issuanceId, batchId: run.batch_id, count: run.requested, serialVersion: run.serial_version },
      deps,
    );
  } catch (error) {
    const last = job.retryCount >= job.retryLimit;
    if (error instanceof AppError || last) {
      deps.log.error({ err: error, issuanceId }, 'stamp issuance failed');
      await markIssuanceFailed(deps.sql, issuanceId, error, deps.clock());
      return { failed: error instanceof Error ? error.message : String(error) };
    }
    throw error;
  }
}
