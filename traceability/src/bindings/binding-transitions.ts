export const BINDING_STATUSES = ['pending', 'active', 'rejected', 'suspended'] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];
export const BINDING_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type BindingAction = (typeof BINDING_ACTIONS)[number];

/** Decision 012's table: from which status each action leads where; anything else is refused. */
const TRANSITIONS: Record<BindingAction, { from: BindingStatus; to: BindingStatus }> = {
  approve: { from: 'pending', to: 'active' },
  reject: { from: 'pending', to: 'rejected' },
  suspend: { from: 'active', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'active' },
};

/** The status an action leads to, or null when the table has no such transition. */
export function nextBindingStatus(current: BindingStatus, action: BindingAction): BindingStatus | null {
  const step = TRANSITIONS[action];
  return step.from === current ? step.to : null;
}
