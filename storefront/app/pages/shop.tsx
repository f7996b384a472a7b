import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductGrid } from '../components/product-card';
import { listProducts, sellerByHandle } from '../lib/catalog.server';
import { rootMeta } from '../lib/meta';
import { seo } from '../lib/seo';

export async function loader({ params }: LoaderFunctionArgs) {
  const handle = params.handle ?? '';
  const [found, page] = await Promise.all([
    sellerByHandle(handle),
    listProducts({ seller: handle, limit: 100, sort: 'stars' }).catch(() => null),
  ]);
  if (!found) throw new Response('', { status: 404 });
  return { seller: found.seller, products: page?.products ?? [] };
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const { t, lng, url, base } = rootMeta(args);
  const s = args.data?.seller;
  if (!s) return [{ title: t('shop.notFound') }];
  const place = [s.commune, s.province].filter(Boolean).join(', ');
  return seo({
    title: `${s.name} – ${t('brand')}`,
    description: `${s.story ?? s.name} ${place}`.slice(0, 300),
    url,
    lng,
    image: s.logo_url,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: s.producer?.legal_name ?? s.name,
      url,
      logo: s.logo_url ? new URL(s.logo_url, base).toString() : undefined,
      address: {
        '@type': 'PostalAddress',
        streetAddress: s.producer?.address ?? undefined,
        addressLocality: s.commune ?? undefined,
        addressRegion: s.province ?? undefined,
        addressCountry: 'VN',
      },
    },
  });
};

export default function ShopPage() {
  const { seller: s, products } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container shop-page">
      <header className="shop-hero">
        {s.logo_url ? <img src={s.logo_url} alt="" width={96} height={96} className="shop-logo" /> : null}
        <div>
          <h1>{s.name}</h1>
          <p className="muted">
            {s.producer?.kind ? `${t(`shop.kinds.${s.producer.kind}`)} · ` : ''}
            {[s.commune, s.province].filter(Boolean).join(', ')}
          </p>
        </div>
      </header>
      <div className="two-col">
        {s.story ? (
          <section aria-labelledby="story">
            <h2 id="story">{t('shop.story')}</h2>
            <p className="prose">{s.story}</p>
          </section>
        ) : null}
        <section aria-labelledby="origin">
          <h2 id="origin">{t('shop.origin')}</h2>
          <p>{s.producer?.legal_name ?? s.name}</p>
          {s.producer?.address ? <p className="muted">{s.producer.address}</p> : null}
          <p>{[s.commune, s.province].filter(Boolean).join(', ')}</p>
        </section>
      </div>
      <section className="section" aria-labelledby="shop-products">
        <h2 id="shop-products">{t('shop.products')}</h2>
        <ProductGrid products={products} eager={2} />
      </section>
    </div>
  );
}
