import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { producerBindings } from '../db/schema';
import { AppError, notFound } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { assertBackendService } from './assert-backend-service';
import { enqueueBindingChange } from './enqueue-binding-change';

/**
 * Undoes a claim while it is still pending: the backend's registration workflow compensating.
 * A decided binding stays, as the record of the decision.
 */
export async function withdrawBinding(
  bindingId: string,
  deps: { db: Db; principal: Principal; jobs: JobQueue },
) {
  assertBackendService(deps.principal, 'withdraw a claim');
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(producerBindings)
      .where(eq(producerBindings.id, bindingId))
      .for('update');
    if (!row) throw notFound('The binding');
    if (row.status !== 'pending') {
      throw new AppError('invalid_transition', `A ${row.status} binding cannot be withdrawn.`);
    }
    await tx.delete(producerBindings).where(eq(producerBindings.id, row.id));
    await enqueueBindingChange(tx, deps.jobs, row, 'withdrawn');
  });
}
