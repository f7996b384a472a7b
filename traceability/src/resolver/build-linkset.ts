import type { DigitalLinkPath } from '@ocop/domain';
import type { RegistryDeps } from '../http/deps';
import { GS1_VOC, LINK_TYPES, type LinkType } from './gs1-link-types';

export interface Title {
  vi: string;
  en: string;
}

export interface Link {
  rel: LinkType;
  href: string;
  title: Title;
  /** IANA media type of the target. */
  type?: string;
  hreflang?: string[];
}

/** The links about one URI: the requested one, or a level up the tree (the product). */
export interface LinkContext {
  anchor: string;
  links: Link[];
}

/** What the database knows of the item, for the linkset's descriptions. */
export interface LinkedItem {
  productName: string;
}

const BOTH_LANGUAGES = ['vi', 'en'];

/**
 * The links of a request URI, most specific first: the stamp (or batch) itself, then the
 * product its GTIN or code names, so a client asking about a unit also learns the product's.
 */
export function buildLinkContexts(
  item: DigitalLinkPath,
  config: RegistryDeps['config'],
  found: LinkedItem | null,
): LinkContext[] {
  const base = config.publicBaseUrl;
  const product: LinkContext = { anchor: `${base}${item.productPath}`, links: productLinks(config, found) };
  if (item.canonicalPath === item.productPath) return [product];
  const requested: LinkContext = { anchor: `${base}${item.canonicalPath}`, links: [] };
  if (item.stamp) requested.links = stampLinks(requested.anchor, item.canonicalPath, config);
  return [requested, product];
}

/** The first link of a type from the requested level up; GS1's "up the tree". */
export function findLink(contexts: LinkContext[], rel: LinkType): Link | undefined {
  for (const context of contexts) {
    const link = context.links.find((l) => l.rel === rel);
    if (link) return link;
  }
  return undefined;
}

/** One link per type, the one a `linkType` request goes to: what the Link header lists. */
export function effectiveLinks(contexts: LinkContext[]): Link[] {
  return LINK_TYPES.map((rel) => findLink(contexts, rel)).filter((l) => l !== undefined);
}

/** The RFC 9264 linkset (`application/linkset+json`) with GS1's itemDescription. */
export function buildLinkset(contexts: LinkContext[], item: DigitalLinkPath, found: LinkedItem) {
  return {
    linkset: contexts.map((context, index) => {
      const isProduct = index === contexts.length - 1;
      const entry: Record<string, unknown> = {
        anchor: context.anchor,
        itemDescription: isProduct ? found.productName : describeQualified(item, found),
      };
      for (const link of context.links) {
        const { rel, title, ...rest } = link;
        const key = `${GS1_VOC}${rel}`;
        const targets = (entry[key] as unknown[] | undefined) ?? [];
        targets.push({ ...rest, title: titleText(title) });
        entry[key] = targets;
      }
      return entry;
    }),
  };
}

export function titleText(title: Title): string {
  return `${title.vi} / ${title.en}`;
}

function stampLinks(anchor: string, path: string, config: RegistryDeps['config']): Link[] {
  // People land on the storefront's verify page, which asks us for the verdict.
  const page = config.storefrontUrl ? `${config.storefrontUrl}${path}` : anchor;
  const pageTitle = { vi: 'Thông tin sản phẩm', en: 'Product information' };
  return [
    { rel: 'pip', href: page, title: pageTitle, type: 'text/html', hreflang: BOTH_LANGUAGES },
    {
      rel: 'verificationService',
      href: `${anchor}?format=json`,
      title: { vi: 'Kiểm tra tem', en: 'Verify this stamp' },
      type: 'application/json',
      hreflang: BOTH_LANGUAGES,
    },
    {
      rel: 'certificationInfo',
      href: `${anchor}?format=json`,
      title: { vi: 'Chứng nhận OCOP', en: 'OCOP certificate' },
      type: 'application/json',
      hreflang: BOTH_LANGUAGES,
    },
    // GS1: the default link has a target and a title only.
    { rel: 'defaultLink', href: page, title: pageTitle },
  ];
}

function productLinks(config: RegistryDeps['config'], found: LinkedItem | null): Link[] {
  // Without a storefront there is no page about a product; its linkset is all we can offer.
  if (!config.storefrontUrl) return [];
  // The shop's catalog knows products by handle, not GTIN: its search finds the product by name.
  const query = found ? `?q=${encodeURIComponent(found.productName)}` : '';
  const href = `${config.storefrontUrl}/san-pham${query}`;
  const title = { vi: 'Sản phẩm OCOP trên cửa hàng', en: 'OCOP products in the shop' };
  return [
    { rel: 'pip', href, title, type: 'text/html', hreflang: BOTH_LANGUAGES },
    { rel: 'defaultLink', href, title },
  ];
}

function describeQualified(item: DigitalLinkPath, found: LinkedItem): string {
  const parts = [found.productName];
  if (item.cpv !== undefined) parts.push(`biến thể (variant) ${item.cpv}`);
  if (item.batch !== undefined) parts.push(`lô (batch) ${item.batch}`);
  if (item.serial !== undefined) parts.push(`tem (stamp) ${item.serial}`);
  return parts.join(', ');
}
