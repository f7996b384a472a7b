import type { Sql } from '../db/client';
import { AppError } from '../http/app-error';
import type { Principal } from './principal';
import type { TokenVerifier } from './verify-token';

/**
 * The caller behind an Authorization header. A seller token is only a claim: it counts while
 * the registry holds an active binding of its (shop, producer), checked here on every request
 * so that no route can forget it and a suspension takes effect at the next call (decision 012).
 */
export async function resolvePrincipal(
  header: string | undefined,
  deps: { verifyToken: TokenVerifier; sql: Sql },
): Promise<Principal> {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthenticated', 'Use "Authorization: Bearer <token>".');
  const principal = await deps.verifyToken(match[1]);
  if (principal.kind !== 'seller') return principal;
  const [active] = await deps.sql`
    select 1 from producer_bindings
    where account_id = ${principal.shopId} and producer_id = ${principal.producerId} and status = 'active'`;
  if (!active) {
    throw new AppError(
      'binding_inactive',
      'This shop is not (or no longer) approved to act for that producer.',
    );
  }
  return principal;
}
