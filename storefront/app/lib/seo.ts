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
    // The English page is the same URL with ?lng=en (the switch keeps it in the session);
    // search engines get both, each the other's alternate.
    { tagName: 'link', rel: 'canonical', href: input.lng === 'en' ? inEnglish(input.url) : input.url },
    { tagName: 'link', rel: 'alternate', hrefLang: 'vi', href: input.url },
    { tagName: 'link', rel: 'alternate', hrefLang: 'en', href: inEnglish(input.url) },
    { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: input.url },
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

/** The English address of a page (see root.tsx: ?lng=en renders it in English). */
export function inEnglish(url: string): string {
  const english = new URL(url);
  english.searchParams.set('lng', 'en');
  return english.toString();
}
