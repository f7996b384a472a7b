import { config } from '../lib/config.server';

export function loader() {
  const body = [
    'User-agent: *',
    'Disallow: /gio-hang',
    'Disallow: /thanh-toan',
    'Disallow: /tai-khoan',
    'Disallow: /dat-hang/',
    `Sitemap: ${config.publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
