import { importPKCS8, SignJWT } from 'jose';
import { z } from 'zod';

/**
 * The bearer tokens the registry accepts. The backend signs them (for a shop's member, for an
 * official, for itself) with the same ES256 key as Medusa's own auth tokens, so the claims follow
 * Medusa's shape: actor_type, actor_id, app_metadata. The registry verifies them against this
 * schema; the backend and the development scripts mint them with mintRegistryToken.
 */
export const TOKEN_ALGORITHM = 'ES256';

/** What an official may do in the registry: issue, revoke, inspect. */
export const OFFICIAL_ROLES = ['issuer', 'revoker', 'inspector'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/** The one service the registry trusts (decision 012): the backend, signing for itself. */
export const BACKEND_SERVICE_ID = 'ocop-backend';

export const RegistryTokenClaims = z.discriminatedUnion('actor_type', [
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
      /** null: national (ministry) scope. */
      province: z.string().min(1).nullable().default(null),
    }),
  }),
  z.object({
    actor_type: z.literal('service'),
    actor_id: z.literal(BACKEND_SERVICE_ID),
    app_metadata: z.object({}).optional(),
  }),
]);
export type RegistryTokenClaims = z.infer<typeof RegistryTokenClaims>;

export type TokenSubject =
  | { actorType: 'seller'; actorId: string; producerId: string; shopId: string }
  | { actorType: 'official'; actorId: string; roles: OfficialRole[]; province: string | null }
  // Any id may be signed (tests sign others); the registry accepts only BACKEND_SERVICE_ID.
  | { actorType: 'service'; actorId: string };

/** The claims of a subject, in the shape RegistryTokenClaims verifies (a test checks that they agree). */
export function registryTokenClaims(subject: TokenSubject) {
  return subject.actorType === 'seller'
    ? {
        actor_type: 'seller' as const,
        actor_id: subject.actorId,
        app_metadata: { producer_id: subject.producerId, shop_id: subject.shopId },
      }
    : subject.actorType === 'official'
      ? {
          actor_type: 'official' as const,
          actor_id: subject.actorId,
          app_metadata: { ocop_roles: subject.roles, province: subject.province },
        }
      : { actor_type: 'service' as const, actor_id: subject.actorId, app_metadata: {} };
}

/** A PEM from an environment variable, where new lines are often written as `\n`. */
export function pemFromEnv(pem: string): string {
  return pem.replaceAll('\\n', '\n');
}

const signingKeys = new Map<string, ReturnType<typeof importPKCS8>>();

/** Signs a registry token; the key is imported once per PEM. */
export async function mintRegistryToken(
  privateKeyPem: string,
  subject: TokenSubject,
  options: { issuer: string; expiresIn?: string },
): Promise<string> {
  let key = signingKeys.get(privateKeyPem);
  if (!key) {
    key = importPKCS8(pemFromEnv(privateKeyPem), TOKEN_ALGORITHM);
    key.catch(() => signingKeys.delete(privateKeyPem));
    signingKeys.set(privateKeyPem, key);
  }
  return new SignJWT(registryTokenClaims(subject))
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setIssuer(options.issuer)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(await key);
}
