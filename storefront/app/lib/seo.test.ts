import { describe, expect, it } from 'vitest';
import { seo } from './seo';

describe('seo', () => {
  it('gives a page its title, description, canonical link, OpenGraph and schema.org data', () => {
    const tags = seo({
      title: 'Mắm cá linh',
      description: 'OCOP 4 sao',
      url: 'https://cho.ocop.vn/san-pham/mam-ca-linh',
      image: '/media/demo/x.svg',
      type: 'product',
      jsonLd: { '@type': 'Product', name: 'Mắm cá linh' },
    });
    expect(tags).toContainEqual({ title: 'Mắm cá linh' });
    expect(tags).toContainEqual({
      tagName: 'link',
      rel: 'canonical',
      href: 'https://cho.ocop.vn/san-pham/mam-ca-linh',
    });
    expect(tags).toContainEqual({
      tagName: 'link',
      rel: 'alternate',
      hrefLang: 'en',
      href: 'https://cho.ocop.vn/san-pham/mam-ca-linh?lng=en',
    });
    expect(tags).toContainEqual({ property: 'og:type', content: 'product' });
    // Shared links need absolute images.
    expect(tags).toContainEqual({ property: 'og:image', content: 'https://cho.ocop.vn/media/demo/x.svg' });
    expect(tags).toContainEqual({ 'script:ld+json': { '@type': 'Product', name: 'Mắm cá linh' } });
  });

  it('gives the English page its own canonical address', () => {
    const tags = seo({ title: 'Fish', description: 'OCOP', url: 'https://cho.ocop.vn/san-pham', lng: 'en' });
    expect(tags).toContainEqual({
      tagName: 'link',
      rel: 'canonical',
      href: 'https://cho.ocop.vn/san-pham?lng=en',
    });
    expect(tags).toContainEqual({
      tagName: 'link',
      rel: 'alternate',
      hrefLang: 'vi',
      href: 'https://cho.ocop.vn/san-pham',
    });
  });
});
