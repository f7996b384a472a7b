import type { DigitalLinkPath } from '@ocop/domain';
import type { RegistryDeps } from '../http/deps';
import { buildLinkContexts, effectiveLinks, type LinkContext, titleText } from './build-linkset';
import { GS1_VOC } from './gs1-link-types';

/** Where a request URI's linkset is (RFC 9264 `rel="linkset"`). */
export function linksetUrlOf(item: DigitalLinkPath, config: RegistryDeps['config']): string {
  return `${config.publicBaseUrl}${item.canonicalPath}?linkType=linkset`;
}

/** The Link header of a stamp's verdict, which needs no lookup: the stamp's own links. */
export function stampLinkHeader(item: DigitalLinkPath, config: RegistryDeps['config']): string {
  return formatLinkHeader(buildLinkContexts(item, config, null), linksetUrlOf(item, config));
}

/**
 * The RFC 8288 Link header of a resolver answer: every link a `linkType` request would go to,
 * and the linkset. Header values are Latin-1, so the English title goes in `title` and the
 * bilingual one in `title*` (RFC 8187).
 */
export function formatLinkHeader(contexts: LinkContext[], linksetUrl: string): string {
  const links = effectiveLinks(contexts).map((link) => {
    const params = [
      `<${link.href}>`,
      `rel="${GS1_VOC}${link.rel}"`,
      `title="${link.title.en}"`,
      `title*=UTF-8''${encodeExtValue(titleText(link.title))}`,
    ];
    if (link.type) params.push(`type="${link.type}"`);
    for (const lang of link.hreflang ?? []) params.push(`hreflang="${lang}"`);
    return params.join('; ');
  });
  links.push(`<${linksetUrl}>; rel="linkset"; type="application/linkset+json"; title="All links"`);
  return links.join(', ');
}

/** The few titles there are, encoded once: every verdict's Link header carries them. */
const encodedTitles = new Map<string, string>();

/** RFC 8187 ext-value: UTF-8, percent-encoding all but attr-char. */
function encodeExtValue(text: string): string {
  let encoded = encodedTitles.get(text);
  if (encoded === undefined) {
    encoded = encodeURIComponent(text).replace(
      /['()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    if (encodedTitles.size < 1000) encodedTitles.set(text, encoded);
  }
  return encoded;
}
