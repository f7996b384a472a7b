/**
 * A shop's lifecycle. Registration creates a pending shop; the operator approves or rejects it;
 * an approved shop can be suspended and reinstated; approved or suspended shops can close.
 * Rejected and closed are final. Only approved shops sell.
 */
export const SELLER_STATUSES = ['pending', 'approved', 'rejected', 'suspended', 'closed'] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];

export const SELLER_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate', 'close'] as const;
export type SellerAction = (typeof SELLER_ACTIONS)[number];

const TRANSITIONS: Record<SellerAction, { from: SellerStatus[]; to: SellerStatus; needsReason: boolean }> = {
  approve: { from: ['pending'], to: 'approved', needsReason: false },
  reject: { from: ['pending'], to: 'rejected', needsReason: true },
  suspend: { from: ['approved'], to: 'suspended', needsReason: true },
  reinstate: { from: ['suspended'], to: 'approved', needsReason: false },
  close: { from: ['approved', 'suspended'], to: 'closed', needsReason: true },
};

export type TransitionResult = { ok: true; status: SellerStatus } | { ok: false; message: string };

export function nextSellerStatus(
  current: SellerStatus,
  action: SellerAction,
  reason?: string | null,
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    return { ok: false, message: `A ${current} shop cannot be ${pastTense(action)}.` };
  }
  if (rule.needsReason && !reason?.trim()) {
    return { ok: false, message: `Say why the shop is ${pastTense(action)}.` };
  }
  return { ok: true, status: rule.to };
}

export function sellsNow(status: SellerStatus): boolean {
  return status === 'approved';
}

function pastTense(action: SellerAction): string {
  return {
    approve: 'approved',
    reject: 'rejected',
    suspend: 'suspended',
    reinstate: 'reinstated',
    close: 'closed',
  }[action];
}

/** The registry's producer binding states (docs/decisions/012). */
export const BINDING_STATUSES = ['pending', 'active', 'rejected', 'suspended'] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];

/** The actions the registry decides; only `close` stays a local decision of the marketplace. */
export const BINDING_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type BindingAction = (typeof BINDING_ACTIONS)[number];

export function isBindingAction(action: SellerAction): action is BindingAction {
  return (BINDING_ACTIONS as readonly string[]).includes(action);
}

/**
 * The shop's status while its binding is in this state. A closed shop stays closed whatever the
 * registry says: closing is the marketplace's decision, and final.
 */
export function sellerStatusForBinding(current: SellerStatus, binding: BindingStatus): SellerStatus {
  if (current === 'closed') return 'closed';
  return { pending: 'pending', active: 'approved', rejected: 'rejected', suspended: 'suspended' }[
    binding
  ] as SellerStatus;
}
