import { MAX_SEQ, MAX_SEQ_V2, type SerialVersion } from '@ocop/domain';
import type { Sql } from '../db/client';
import { AppError } from '../http/app-error';

export const MAX_STAMPS_PER_CALL = 1_000_000;
const CHUNK = 50_000;

export interface IssuanceRequest {
  issuanceId: string;
  batchId: string;
  count: number;
  /** v2 serials have 20 bits of sequence; v1 serials 30 (decision 016). */
  serialVersion?: SerialVersion;
}

/**
 * Reserves a range of sequence numbers under the batch's row lock and writes one row per
 * unit with COPY, all in one transaction: a failure half-way leaves no stamps behind.
 * Progress is written on a separate connection so it is visible while the COPY runs.
 */
export async function issueStamps(
  request: IssuanceRequest,
  deps: { sql: Sql; bulkSql: Sql; clock: () => Date; onProgress?: (issued: number) => void },
): Promise<{ firstSeq: number; issued: number } | { alreadyFinished: 'done' | 'failed' }> {
  const { sql, bulkSql, clock } = deps;
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > MAX_STAMPS_PER_CALL) {
    throw new AppError('validation_failed', `Issue between 1 and ${MAX_STAMPS_PER_CALL} stamps per call.`);
  }
  const result = await bulkSql.begin(async (tx) => {
    // A retried job whose first run committed finds its run done: never a second set of stamps.
    const [run] = await tx<{ status: 'running' | 'done' | 'failed' }[]>`
      select status from stamp_issuances where id = ${request.issuanceId} for update`;
    if (run && run.status !== 'running') return { alreadyFinished: run.status };
    // No more stamps than units produced: a batch of 500 jars gets at most 500 serials.
    const [reserved] = await tx<{ first: number }[]>`
      update batches set next_seq = next_seq + ${request.count}
      where id = ${request.batchId} and next_seq + ${request.count} <= quantity
      returning next_seq - ${request.count} as first`;
    if (!reserved) {
      throw new AppError(
        'conflict',
        'The batch was not found or has fewer units left than stamps requested.',
      );
    }
    const first = reserved.first;
    const maxSeq = request.serialVersion === 2 ? MAX_SEQ_V2 : MAX_SEQ;
    if (first + request.count - 1 > maxSeq) {
      throw new AppError('conflict', 'This batch has used up its stamp numbers.');
    }
    const stream = await tx`copy stamps (batch_id, seq, issuance_id) from stdin`.writable();
    const prefix = `${request.batchId}\t`;
    const suffix = `\t${request.issuanceId}\n`;
    for (let done = 0; done < request.count; ) {
      const n = Math.min(CHUNK, request.count - done);
      let text = '';
      for (let i = 0; i < n; i++) text += prefix + (first + done + i) + suffix;
      if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
      done += n;
      if (done < request.count) {
        deps.onProgress?.(done);
        void sql`update stamp_issuances set issued = ${done} where id = ${request.issuanceId} and status = 'running'`.catch(
          () => {},
        );
      }
    }
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    });
    await tx`
      update stamp_issuances
      set status = 'done', issued = ${request.count}, first_seq = ${first}, finished_at = ${clock()}
      where id = ${request.issuanceId}`;
    return { firstSeq: first, issued: request.count };
  });
  if ('issued' in result && typeof result.issued === 'number') deps.onProgress?.(result.issued);
  return result;
}

export async function markIssuanceFailed(sql: Sql, issuanceId: string, error: unknown, now: Date) {
  const message = error instanceof AppError ? error.message : 'The issuance failed; no stamps were created.';
  await sql`
    update stamp_issuances set status = 'failed', issued = 0, error = ${message}, finished_at = ${now}
    where id = ${issuanceId}`;
}
