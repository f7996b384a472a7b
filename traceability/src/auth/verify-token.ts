import { pemFromEnv, RegistryTokenClaims, TOKEN_ALGORITHM } from '@ocop/contracts';
import { importSPKI, type JWTPayload, jwtVerify } from 'jose';
import { AppError } from '../http/app-error';
import type { Principal } from './principal';

export type TokenVerifier = (token: string) => Promise<Principal>;

export async function createTokenVerifier(publicKeyPem: string, issuer: string): Promise<TokenVerifier> {
  const key = await importSPKI(pemFromEnv(publicKeyPem), TOKEN_ALGORITHM);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        issuer,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: '7d',
      }));
    } catch {
      throw new AppError('unauthenticated', 'The bearer token is invalid or expired.');
    }
    const claims = RegistryTokenClaims.safeParse(payload);
    if (!claims.success)
      throw new AppError('unauthenticated', 'The bearer token does not name a known actor.');
    const c = claims.data;
    if (c.actor_type === 'seller') {
      return {
        kind: 'seller',
        actorId: c.actor_id,
        producerId: c.app_metadata.producer_id,
        shopId: c.app_metadata.shop_id,
      };
    }
    if (c.actor_type === 'official') {
      return {
        kind: 'official',
        actorId: c.actor_id,
        roles: c.app_metadata.ocop_roles,
        province: c.app_metadata.province,
      };
    }
    return { kind: 'service', actorId: c.actor_id };
  };
}
