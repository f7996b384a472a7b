import { sql as drizzleSql, type SQL } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Db } from '../db/client';
import type { Logger } from '../http/logger';

/** The registry's queues (decision 022). Names are stored with every job: never rename one. */
export const JOBS = {
  /** One stamp print run: its COPY, retried if the process dies half-way. */
  issueStamps: 'stamps.issue',
  /** One event to one subscriber, retried with backoff until it answers 2xx. */
  deliverEvent: 'events.deliver',
  /** Every 10 minutes: a job for any undelivered event without a live one (older rows, exhausted retries). */
  sweepDeliveries: 'events.sweep',
  /** Hourly: certificates that expired or entered the notice window. */
  markExpirations: 'certificates.mark-expirations',
  /** Hourly: raw client addresses past SCAN_ADDRESS_RETENTION_DAYS. */
  eraseScanAddresses: 'scans.erase-addresses',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface JobQueue {
  /**
   * Adds a job inside the caller's transaction: it exists if and only if the transaction
   * commits, so a failure half-way leaves neither the record nor its job.
   */
  sendIn(tx: Tx | Db, name: JobName, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Wakes this process's worker for a queue now instead of at its next poll (after a commit). */
  kick(name: JobName): void;
  /** Runs a queue's handler in this process (every process may: jobs are taken with SKIP LOCKED). */
  work(worker: JobWorker): Promise<void>;
  /** A cron schedule (UTC), kept once in the database whatever the number of processes. */
  schedule(name: JobName, cron: string): Promise<void>;
  /** Jobs per queue and state, and the latest failures: what an operator looks at. */
  overview(): Promise<JobOverview>;
  readonly boss: PgBoss;
  /** The Postgres schema of pg-boss's tables. */
  readonly schema: string;
  stop(): Promise<void>;
}

export interface JobOverview {
  queues: Array<{
    name: string;
    created: number;
    retry: number;
    active: number;
    completed: number;
    failed: number;
  }>;
  failures: Array<{
    id: string;
    name: string;
    failedAt: string | null;
    retries: number;
    error: string | null;
  }>;
}

export type JobHandler = (job: PgBoss.JobWithMetadata<Record<string, unknown>>) => Promise<unknown>;

export interface JobWorker {
  name: JobName;
  handler: JobHandler;
  /** Seconds between polls when idle (pg-boss: at least 0.5). */
  pollingIntervalSeconds?: number;
}

export interface JobQueueOptions {
  databaseUrl: string;
  log: Logger;
  /** Postgres schema of the queue's tables; one per registry database. */
  schema?: string;
}

/** How each queue retries; a queue's settings apply to every job sent to it. */
const QUEUE_SETTINGS: Record<JobName, Omit<PgBoss.Queue, 'name'>> = {
  // A COPY of up to 1,000,000 rows takes well under a minute here; a job still active after ten
  // (its process died) is failed by pg-boss's supervisor and retried.
  'stamps.issue': { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  // 2 s, 4 s, 8 s … capped by pg-boss at 2^16 × 2 s: about a day and a half in all, then the sweep.
  'events.deliver': { retryLimit: 16, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 },
  'events.sweep': { retryLimit: 1, expireInSeconds: 300 },
  'certificates.mark-expirations': { retryLimit: 3, retryDelay: 60, expireInSeconds: 900 },
  'scans.erase-addresses': { retryLimit: 3, retryDelay: 60, expireInSeconds: 900 },
};

/**
 * pg-boss over its own small pg pool. Jobs sent in a transaction go through that transaction's
 * connection (sendIn), the only way a job and the row it is about commit together.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const schema = options.schema ?? 'pgboss';
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema,
    max: 3,
    application_name: 'ocop-registry-jobs',
    // Completed jobs are kept a week to be looked at, then archived.
    archiveCompletedAfterSeconds: 7 * 86_400,
  });
  boss.on('error', (err) => options.log.error({ err }, 'job queue error'));
  await boss.start();
  for (const [name, settings] of Object.entries(QUEUE_SETTINGS)) {
    // createQueue does nothing when the queue exists; updateQueue keeps settings current.
    if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...settings });
    else await boss.createQueue(name, { name, ...settings });
  }
  const workerIds = new Map<JobName, string>();

  return {
    boss,
    schema,
    sendIn: (tx, name, data, sendOptions = {}) =>
      boss.send(name, data, { ...sendOptions, db: executorFor(tx) }),
    kick: (name) => {
      const id = workerIds.get(name);
      if (id) boss.notifyWorker(id);
    },
    overview: () => overview(boss, schema),
    work: async (worker) => {
      const id = await boss.work<Record<string, unknown>>(
        worker.name,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: worker.pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          if (!job) return;
          try {
            return await worker.handler(job);
          } catch (err) {
            // Each try at debug (a subscriber down for a day is thousands of lines); the last at error.
            const last = job.retryCount >= job.retryLimit;
            const line = {
              err,
              job: job.id,
              queue: job.name,
              retry: job.retryCount,
              retryLimit: job.retryLimit,
            };
            if (last) options.log.error(line, 'job failed for good');
            else options.log.debug(line, 'job failed; it will be retried');
            throw err;
          }
        },
      );
      workerIds.set(worker.name, id);
    },
    schedule: (name, cron) => boss.schedule(name, cron, {}, { tz: 'UTC' }),
    stop: () => boss.stop({ graceful: true, timeout: 5_000, wait: true, close: true }),
  };
}

/**
 * pg-boss's executor interface over a drizzle transaction: its $1…$n text becomes drizzle
 * parameters on the transaction's own connection. Objects go as JSON text, Dates as ISO text.
 */
export function executorFor(tx: Tx | Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? drizzleSql.raw(part) : drizzleSql`${toParam(values[Number(part) - 1])}`,
      );
      const rows = await tx.execute(drizzleSql.join(chunks));
      return { rows: [...rows] };
    },
  };
}

function toParam(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

async function overview(boss: PgBoss, schema: string): Promise<JobOverview> {
  const db = boss.getDb();
  const counts = await db.executeSql(
    `select name, state, count(*)::int as n from ${schema}.job group by name, state order by name`,
    [],
  );
  const byName = new Map<string, JobOverview['queues'][number]>();
  for (const name of Object.values(JOBS)) {
    byName.set(name, { name, created: 0, retry: 0, active: 0, completed: 0, failed: 0 });
  }
  for (const row of counts.rows as Array<{ name: string; state: string; n: number }>) {
    const q = byName.get(row.name);
    if (q && row.state in q) (q as unknown as Record<string, number>)[row.state] = row.n;
  }
  const failed = await db.executeSql(
    `select id, name, completed_on, retry_count, output from ${schema}.job
     where state = 'failed' order by completed_on desc nulls last limit 20`,
    [],
  );
  return {
    queues: [...byName.values()],
    failures: (
      failed.rows as Array<{
        id: string;
        name: string;
        completed_on: Date | null;
        retry_count: number;
        output: unknown;
      }>
    ).map((r) => ({
      id: r.id,
      name: r.name,
      failedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null,
      retries: r.retry_count,
      error: errorText(r.output),
    })),
  };
}

function errorText(output: unknown): string | null {
  if (output && typeof output === 'object' && 'message' in output)
    return String((output as { message: unknown }).message).slice(0, 500);
  return output == null ? null : JSON.stringify(output).slice(0, 500);
}

/**
 * A queue that is not connected, for what builds the app without a database (the OpenAPI
 * document): any use says so instead of reaching for a connection.
 */
export function offlineJobQueue(): JobQueue {
  const refuse = async (): Promise<never> => {
    throw new Error('The job queue is not started (built without a database).');
  };
  return {
    boss: undefined as never,
    schema: 'pgboss',
    sendIn: refuse,
    kick: () => {},
    overview: refuse,
    work: refuse,
    schedule: refuse,
    stop: async () => {},
  };
}
