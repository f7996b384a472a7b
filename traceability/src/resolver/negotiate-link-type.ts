import { type LinkType, readLinkType } from './gs1-link-types';

export type LinkRequest =
  | { kind: 'linkset' }
  | { kind: 'link'; rel: LinkType }
  | { kind: 'unknown_link_type'; value: string }
  /** No link named: the default link, or the verdict for clients that asked for JSON. */
  | { kind: 'default' };

/**
 * What a resolver request asks for: `?linkType=` first (`all`/`linkset` or a GS1 link type),
 * else `Accept: application/linkset+json` for the linkset, else the default.
 */
export function negotiateLinkType(linkType: string | undefined, accept: string | undefined): LinkRequest {
  if (linkType !== undefined) {
    const rel = readLinkType(linkType);
    if (rel === null) return { kind: 'unknown_link_type', value: linkType };
    return rel === 'linkset' ? { kind: 'linkset' } : { kind: 'link', rel };
  }
  if (acceptsLinkset(accept ?? '')) return { kind: 'linkset' };
  return { kind: 'default' };
}

function acceptsLinkset(accept: string): boolean {
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (type !== 'application/linkset+json') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
