import { importSPKI, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { BACKEND_SERVICE_ID, OFFICIAL_ROLES, type Principal } from './principal';

export const TOKEN_ALGORITHM = 'ES256';

const ClaimsSchema = z.discriminatedUnion('actor_type', [
  z.object({
    actor_type: z.literal('seller'),
    actor_id: z.string().min(1),
    app_metadata: z.object({
      producer_id: z.string().uuid(),
      // Without the shop there is no binding to check: not a seller token (decision 012).
      shop_id: z.string().min(1).max(200),
    }),
  }),
  z.object({
    actor_type: z.literal('official'),
    actor_id: z.string().min(1),
    app_metadata: z.object({
      // Not `roles`: Medusa writes its own RBAC roles under that key in every token.
      ocop_roles: z.array(z.enum(OFFICIAL_ROLES)).default([]),
      province: z.string().min(1).nullable().default(null),
    }),
  }),
  z.object({ actor_type: z.literal('service'), actor_id: z.literal(BACKEND_SERVICE_ID) }),
]);

export type TokenVerifier = (token: string) => Promise<Principal>;

export async function createTokenVerifier(publicKeyPem: string, issuer: string): Promise<TokenVerifier> {
  const key = await importSPKI(publicKeyPem.replaceAll('\\n', '\n'), TOKEN_ALGORITHM);
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
    const claims = ClaimsSchema.safeParse(payload);
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
