import { randomBytes, scrypt } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';

/**
 * @medusajs/auth-emailpass hashes with scrypt at these parameters (its default hashConfig,
 * which medusa-config does not change) and checks a password only when the account exists:
 * an unknown e-mail answered in ~15 ms, a known one in ~250 ms.
 */
const EMAILPASS_SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const SALT = randomBytes(32);

function checkAgainstNothing(password: string): Promise<void> {
  return new Promise((resolve) => scrypt(password, SALT, 64, EMAILPASS_SCRYPT, () => resolve()));
}

/**
 * Before a sign-in: when no e-mail/password account has this e-mail, spend what checking a
 * password costs, so the answer (the provider's own "Invalid email or password") takes as long
 * as for an account that exists.
 */
export async function equalSignInTime(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return next();
  const identities = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ entity_id: email, provider: 'emailpass' }, { select: ['id'], take: 1 });
  if (identities.length === 0) await checkAgainstNothing(password);
  next();
}
