import { BACKEND_SERVICE_ID, OFFICIAL_ROLES, type OfficialRole } from '@ocop/contracts';

export { BACKEND_SERVICE_ID, OFFICIAL_ROLES, type OfficialRole };

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

export function describePrincipal(p: Principal): string {
  return p.kind === 'anonymous' ? 'anonymous' : `${p.kind}:${p.actorId}`;
}
