import type { LoaderFunctionArgs } from '@remix-run/node';
import { demoArtSvg } from '../lib/demo-art';

/** /media/demo/{name}.svg: the demo catalog's drawn product images (see lib/demo-art.ts). */
export function loader({ params }: LoaderFunctionArgs) {
  // Remix hands the segment over decoded already; decoding it again would throw on a bare "%".
  const name = (params.name ?? '').replace(/\.svg$/, '');
  return new Response(demoArtSvg(name || 'OCOP'), {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=86400, immutable',
    },
  });
}
