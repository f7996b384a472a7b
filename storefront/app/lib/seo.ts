import type { MetaDescriptor } from '@remix-run/node';

export interface SeoInput {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  image?: string | null;
  type?: 'website' | 'product';
  lng?: 'vi' | 'en';
  jsonLd?: Record<string, unknown>;
}

/** Title, description, canonical link, OpenGraph and Twitter card, and schema.org data. */
export function seo(input: SeoInput): MetaDescriptor[] {
  const tags: MetaDescriptor[] = [
    { title: input.title },
    { name: 'description', content: input.description },
    { tagName: 'link', rel: 'canonical', href: input.url },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.url },
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:site_name', content: input.lng === 'en' ? 'OCOP Market' : 'Chợ OCOP' },
    { property: 'og:locale', content: input.lng === 'en' ? 'en_US' : 'vi_VN' },
    { name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' },
  ];
  if (input.image) tags.push({ property: 'og:image', content: absolute(input.image, input.url) });
  if (input.jsonLd) tags.push({ 'script:ld+json': input.jsonLd });
  return tags;
}

/** Images may be stored relative to the storefront (the demo artwork); sharing needs them absolute. */
export function absolute(url: string, base: string): string {
  return new URL(url, base).toString();
}
