import { env } from '../lib/env.server';

export function loader() {
  const body = [
    'User-agent: *',
    'Disallow: /gio-hang',
    'Disallow: /thanh-toan',
    'Disallow: /tai-khoan',
    'Disallow: /dat-hang/',
    `Sitemap: ${env.publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
