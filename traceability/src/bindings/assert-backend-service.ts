import { requireSignedIn } from '../auth/policy';
import { describePrincipal, type Principal } from '../auth/principal';
import { AppError } from '../http/app-error';

/** Claims and withdrawals are the backend's alone; returns who to record as the actor. */
export function assertBackendService(p: Principal, what: string): string {
  const who = requireSignedIn(p);
  if (who.kind !== 'service') throw new AppError('forbidden', `Only the marketplace backend can ${what}.`);
  return describePrincipal(who);
}
