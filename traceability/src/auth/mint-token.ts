import { importPKCS8, SignJWT } from 'jose';
import type { OfficialRole } from './principal';
import { TOKEN_ALGORITHM } from './verify-token';

export type TokenSubject =
  | { actorType: 'seller'; actorId: string; producerId: string; shopId: string }
  | { actorType: 'official'; actorId: string; roles: OfficialRole[]; province: string | null }
  | { actorType: 'service'; actorId: string };

/** Signs a token with Medusa-shaped claims; the backend does the same with its own key. */
export async function mintToken(
  privateKeyPem: string,
  subject: TokenSubject,
  options: { issuer: string; expiresIn?: string },
): Promise<string> {
  const key = await importPKCS8(privateKeyPem.replaceAll('\\n', '\n'), TOKEN_ALGORITHM);
  const appMetadata =
    subject.actorType === 'seller'
      ? { producer_id: subject.producerId, shop_id: subject.shopId }
      : subject.actorType === 'official'
        ? { ocop_roles: subject.roles, province: subject.province }
        : {};
  return new SignJWT({ actor_type: subject.actorType, actor_id: subject.actorId, app_metadata: appMetadata })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setIssuer(options.issuer)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(key);
}
