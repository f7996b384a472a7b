import { and, eq, inArray, ne } from 'drizzle-orm';
import { assertOfficialRole, requireSignedIn } from '../auth/policy';
import { describePrincipal, type Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/is-unique-violation';
import { producerBindings, producers } from '../db/schema';
import { AppError, notFound } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { type BindingAction, nextBindingStatus } from './binding-transitions';
import type { BindingRow } from './binding-view';
import { enqueueBindingChange } from './enqueue-binding-change';

export interface BindingDecision {
  action: BindingAction;
  reason?: string | null;
  /** The marketplace operator's user, when the backend decides for the operator. */
  decidedBy?: string | null;
}

const alreadyBound = () =>
  new AppError('producer_already_bound', 'Another shop is bound to this producer (active or suspended).');

/**
 * An issuing official of the producer's province (or a national one), or the backend for the
 * marketplace operator, moves a binding along decision 012's table.
 */
export async function decideBinding(
  bindingId: string,
  decision: BindingDecision,
  deps: { db: Db; clock: () => Date; principal: Principal; jobs: JobQueue },
): Promise<BindingRow> {
  const who = requireSignedIn(deps.principal);
  if (who.kind === 'seller') throw new AppError('forbidden', 'A shop cannot decide producer bindings.');
  return deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ binding: producerBindings, province: producers.province })
      .from(producerBindings)
      .innerJoin(producers, eq(producers.id, producerBindings.producerId))
      .where(eq(producerBindings.id, bindingId))
      .for('update', { of: producerBindings });
    if (!found) throw notFound('The binding');
    if (who.kind !== 'service') assertOfficialRole(who, 'issuer', found.province);
    const current = found.binding;
    const next = nextBindingStatus(current.status, decision.action);
    if (!next) {
      throw new AppError(
        'invalid_transition',
        `A ${current.status} binding cannot be given "${decision.action}".`,
      );
    }
    if (next === 'active') {
      const [holder] = await tx
        .select({ id: producerBindings.id })
        .from(producerBindings)
        .where(
          and(
            eq(producerBindings.producerId, current.producerId),
            inArray(producerBindings.status, ['active', 'suspended']),
            ne(producerBindings.id, current.id),
          ),
        );
      if (holder) throw alreadyBound();
    }
    const decidedBy =
      who.kind === 'service' && decision.decidedBy
        ? `${describePrincipal(who)} for ${decision.decidedBy}`
        : describePrincipal(who);
    const now = deps.clock();
    let row: BindingRow | undefined;
    try {
      [row] = await tx
        .update(producerBindings)
        .set({ status: next, reason: decision.reason ?? null, decidedBy, decidedAt: now, updatedAt: now })
        .where(eq(producerBindings.id, current.id))
        .returning();
    } catch (error) {
      // Two approvals of one producer's claims at once: the partial unique index decides.
      if (isUniqueViolation(error)) throw alreadyBound();
      throw error;
    }
    if (!row) throw new Error('binding update returned nothing');
    await enqueueBindingChange(tx, deps.jobs, row, row.status);
    return row;
  });
}
