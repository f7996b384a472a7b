import type { DigitalLinkPath } from '@ocop/domain';
import type { Context } from 'hono';
import { clientAddress, rateLimitKey } from '../http/client-address';
import type { RegistryDeps } from '../http/deps';
import { answerTooMany } from './answer-too-many';
import { buildLinkContexts, buildLinkset, findLink, type Link, type LinkContext } from './build-linkset';
import { findLinkedItem } from './find-linked-item';
import { formatLinkHeader, linksetUrlOf } from './format-link-header';
import { negotiateLinkType } from './negotiate-link-type';

/**
 * The GS1 Digital Link side of the resolver: the linkset, a redirect to the link type asked
 * for, or the default link (a person on a stamp goes to the storefront's page). A stamp's
 * verdict is answered before, by answerVerdict.
 */
export async function answerWithLinks(
  c: Context,
  deps: RegistryDeps,
  item: DigitalLinkPath,
  wantsJson: boolean,
): Promise<Response> {
  const request = negotiateLinkType(c.req.query('linkType'), c.req.header('accept'));
  const linksetUrl = linksetUrlOf(item, deps.config);
  const stamp = request.kind === 'default' ? item.stamp : null;
  // The answer depends on Accept (page, verdict JSON or linkset), so caches must key on it.
  c.header('vary', 'Accept');
  if (stamp) {
    // A person: the storefront renders the page and asks us for the verdict, which counts the
    // scan and its rate limits; so no lookup here.
    const contexts = buildLinkContexts(item, deps.config, null);
    return redirectTo(c, findLink(contexts, 'defaultLink') as Link, contexts, linksetUrl);
  }

  const key = rateLimitKey(clientAddress(c, deps.config.trustedProxies));
  const wait = Math.max(await deps.limits.verify.take(key), await deps.limits.verifyUnknown.spent(key));
  if (wait > 0) return answerTooMany(c, wait);
  if (request.kind === 'unknown_link_type') {
    return notFound(c, `This resolver offers no link of type "${request.value}".`);
  }
  const found = await findLinkedItem(deps.sql, item, deps.stampKeys.find);
  if (!found) {
    const guessWait = await deps.limits.verifyUnknown.take(key);
    if (guessWait > 0) return answerTooMany(c, guessWait);
    return notFound(c, 'The registry has issued nothing under this identifier.');
  }
  const contexts = buildLinkContexts(item, deps.config, found);
  c.header('link', formatLinkHeader(contexts, linksetUrl));
  const rel = request.kind === 'link' ? request.rel : 'defaultLink';
  const link = findLink(contexts, rel);
  // A product-level request from an app that wants JSON gets its links: there is no verdict.
  const wantsLinkset = request.kind === 'linkset' || (request.kind === 'default' && (wantsJson || !link));
  if (wantsLinkset) {
    return c.json(buildLinkset(contexts, item, found), 200, { 'content-type': 'application/linkset+json' });
  }
  if (!link) return notFound(c, `There is no ${rel} link for this identifier.`);
  return redirectTo(c, link, contexts, linksetUrl);
}

function redirectTo(c: Context, link: Link, contexts: LinkContext[], linksetUrl: string): Response {
  c.header('link', formatLinkHeader(contexts, linksetUrl));
  return c.redirect(passQuery(link.href, c.req.url), 307);
}

/**
 * GS1: the request's key=value pairs go on to the target. All but linkType, which was ours to
 * read; passed on, it would send a link back to this resolver round in a loop.
 */
function passQuery(href: string, requestUrl: string): string {
  const pairs = new URL(requestUrl).search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && keyOf(pair) !== 'linkType');
  if (pairs.length === 0) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

function keyOf(pair: string): string {
  const key = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

function notFound(c: Context, message: string): Response {
  return c.json({ error: { code: 'not_found', message } }, 404);
}
