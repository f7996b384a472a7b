import type { Db } from '../db/client';
import { enqueueEvent } from '../events/enqueue-event';
import type { JobQueue } from '../jobs/job-queue';
import type { BindingRow } from './binding-view';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * The outbox row for a binding change, in the caller's transaction. `withdrawn` is a pending
 * claim the backend deleted: the binding no longer exists when the event arrives.
 */
export function enqueueBindingChange(
  tx: Tx,
  jobs: JobQueue,
  row: BindingRow,
  status: BindingRow['status'] | 'withdrawn',
) {
  return enqueueEvent(tx, jobs, 'producer_binding.changed', row.id, {
    bindingId: row.id,
    accountId: row.accountId,
    producerId: row.producerId,
    status,
    reason: row.reason,
  });
}
