export const OFFICIAL_ROLES = ['issuer', 'revoker', 'inspector'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/**
 * Who is calling. Tokens come from the backend (Medusa's auth module), so the claims follow
 * Medusa's shape: actor_type, actor_id, app_metadata.
 */
export type Principal =
  | { kind: 'anonymous' }
  /** shopId: the backend's seller id; only an active binding of (shopId, producerId) lets it through. */
  | { kind: 'seller'; actorId: string; producerId: string; shopId: string }
  | {
      kind: 'official';
      actorId: string;
      roles: OfficialRole[];
      /** null: national (ministry) scope. */
      province: string | null;
    }
  | { kind: 'service'; actorId: string };

/** The one service the registry trusts (decision 012): the backend, signing for itself. */
export const BACKEND_SERVICE_ID = 'ocop-backend';

export function describePrincipal(p: Principal): string {
  return p.kind === 'anonymous' ? 'anonymous' : `${p.kind}:${p.actorId}`;
}
