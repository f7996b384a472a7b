import { markExpirations } from '../certificates/mark-expirations';
import { deliverEvent, sweepDeliveries } from '../events/deliver-event';
import type { RegistryDeps } from '../http/deps';
import { eraseScanAddresses } from '../scans/erase-scan-addresses';
import { runIssuance } from '../stamps/run-issuance';
import { JOBS } from './job-queue';

/**
 * The registry's background work, on its job queue in every registry process: pg-boss hands
 * each job to one worker (SKIP LOCKED), retries it with backoff, and keeps its history.
 */
export async function startRegistryJobs(
  deps: RegistryDeps,
  options: { pollingIntervalSeconds?: number } = {},
) {
  const { jobs, sql, clock } = deps;
  const poll = options.pollingIntervalSeconds;
  await jobs.work({
    name: JOBS.issueStamps,
    pollingIntervalSeconds: poll ?? 1,
    handler: async (job) => runIssuance(String(job.data.issuanceId), job, deps),
  });
  await jobs.work({
    name: JOBS.deliverEvent,
    pollingIntervalSeconds: poll ?? 1,
    handler: async (job) => ({
      outcome: await deliverEvent(sql, Number(job.data.deliveryId), { now: clock }),
    }),
  });
  await jobs.work({
    name: JOBS.sweepDeliveries,
    handler: async () => ({ sent: await sweepDeliveries(sql, jobs) }),
  });
  await jobs.work({
    name: JOBS.markExpirations,
    handler: async () => markExpirations(deps.db, jobs, clock()),
  });
  await jobs.work({
    name: JOBS.eraseScanAddresses,
    handler: async () => ({
      erased: await eraseScanAddresses(sql, clock(), deps.config.scanAddressRetentionDays),
    }),
  });
  await jobs.schedule(JOBS.sweepDeliveries, '*/10 * * * *');
  await jobs.schedule(JOBS.markExpirations, '7 * * * *');
  await jobs.schedule(JOBS.eraseScanAddresses, '37 * * * *');
}
