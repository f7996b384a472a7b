import { AppError } from '../http/app-error';
import type { OfficialRole, Principal } from './principal';

/**
 * Authorization rules in one place. Another producer's data answers 404, not 403,
 * so a seller cannot learn which ids exist.
 */
export function requireSignedIn(p: Principal): Exclude<Principal, { kind: 'anonymous' }> {
  if (p.kind === 'anonymous') throw new AppError('unauthenticated', 'Sign in to use this endpoint.');
  return p;
}

export function canReadProducer(p: Principal, producerId: string): boolean {
  if (p.kind === 'official' || p.kind === 'service') return true;
  return p.kind === 'seller' && p.producerId === producerId;
}

export function assertCanReadProducer(p: Principal, producerId: string, what: string): void {
  requireSignedIn(p);
  if (!canReadProducer(p, producerId)) throw new AppError('not_found', `${what} was not found.`);
}

/**
 * Products, batches and stamps belong to the producer; issuing officials of the producer's
 * province (or national ones) may act for it too, as councils register dossiers.
 */
export function assertCanManageProducer(
  p: Principal,
  producer: { id: string; province: string },
  what: string,
): void {
  const who = requireSignedIn(p);
  if (who.kind === 'seller') {
    if (who.producerId !== producer.id) throw new AppError('not_found', `${what} was not found.`);
    return;
  }
  if (who.kind === 'official' && who.roles.includes('issuer')) {
    if (who.province === null || who.province === producer.province) return;
    throw new AppError(
      'forbidden',
      `An official of ${who.province} cannot act for a producer in ${producer.province}.`,
    );
  }
  throw new AppError('forbidden', `A ${who.kind} cannot change ${what}.`);
}

export function assertOfficialRole(
  p: Principal,
  role: OfficialRole,
  province?: string,
): Extract<Principal, { kind: 'official' }> {
  const who = requireSignedIn(p);
  if (who.kind !== 'official' || !who.roles.includes(role)) {
    throw new AppError('forbidden', `This needs an official with the "${role}" role.`);
  }
  if (province && who.province !== null && who.province !== province) {
    throw new AppError(
      'forbidden',
      `An official of ${who.province} cannot act on a producer in ${province}.`,
    );
  }
  return who;
}

/** Lists are filtered, not refused: a seller sees its own producer, officials see all. */
export function producerScope(p: Principal): string | null {
  const who = requireSignedIn(p);
  return who.kind === 'seller' ? who.producerId : null;
}
