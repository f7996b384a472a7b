import { env } from '../lib/env.server';
import { store } from '../lib/medusa.server';

interface SitemapData {
  products: { handle: string; updated_at: string }[];
  sellers: { handle: string; updated_at: string }[];
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every offered product and approved shop, so search engines find the whole catalog. */
export async function loader() {
  const { products, sellers } = await store<SitemapData>('/store/ocop/sitemap');
  const url = (path: string, lastmod?: string) =>
    `<url><loc>${escapeXml(`${env.publicUrl}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</url>`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    url('/san-pham'),
    ...products.map((p) => url(`/san-pham/${encodeURIComponent(p.handle)}`, p.updated_at)),
    ...sellers.map((s) => url(`/cua-hang/${encodeURIComponent(s.handle)}`, s.updated_at)),
    '</urlset>',
  ].join('\n');
  return new Response(body, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  });
}
