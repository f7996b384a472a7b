import type { producerBindings } from '../db/schema';

export type BindingRow = typeof producerBindings.$inferSelect;

/** What callers see of a binding; the same shape in answers and in the backend's client. */
export function bindingView(row: BindingRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    producerId: row.producerId,
    status: row.status,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
