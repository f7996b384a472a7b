import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductGrid } from '../components/product-card';
import type { Language } from '../i18n/i18n';
import { listProducts } from '../lib/catalog.server';
import { sectorName } from '../lib/format';
import { rootMeta } from '../lib/meta';
import { seo } from '../lib/seo';

export async function loader(_: LoaderFunctionArgs) {
  const page = await listProducts({ sort: 'stars', limit: 8, facets: true });
  return { featured: page.products, facets: page.facets, count: page.count };
}

export const meta: MetaFunction = (args) => {
  const { t, url, lng, base } = rootMeta(args);
  return seo({
    title: t('home.title'),
    description: t('home.description'),
    url,
    lng,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: t('brand'),
      url: base,
      potentialAction: {
        '@type': 'SearchAction',
        target: `${base}/san-pham?q={query}`,
        'query-input': 'required name=query',
      },
    },
  });
};

export default function Home() {
  const { featured, facets, count } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language as Language;
  const stars = [5, 4, 3].map((s) => ({
    value: s,
    count: facets?.stars.find((f) => f.value === s)?.count ?? 0,
  }));
  return (
    <>
      <section className="hero">
        <div className="container hero-inner">
          <h1>{t('home.heroTitle')}</h1>
          <p>{t('home.heroText')}</p>
          <ul className="trust-list">
            <li>{t('home.trust1')}</li>
            <li>{t('home.trust2')}</li>
            <li>{t('home.trust3')}</li>
          </ul>
          <Link className="button button-light" to="/san-pham" prefetch="intent">
            {t('home.seeAll')} · {t('home.products', { count })}
          </Link>
        </div>
      </section>

      <section className="container section" aria-labelledby="by-stars">
        <h2 id="by-stars">{t('home.byStars')}</h2>
        <ul className="chip-row">
          {stars.map((s) => (
            <li key={s.value}>
              <Link className="star-tile" to={`/san-pham?stars=${s.value}`}>
                <span className="star-tile-stars" aria-hidden="true">
                  {'★'.repeat(s.value)}
                </span>
                <span>{t('stars.short', { count: s.value })}</span>
                <span className="muted">{t('home.products', { count: s.count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="featured">
        <div className="section-head">
          <h2 id="featured">{t('home.featured')}</h2>
          <Link to="/san-pham?sort=stars">{t('home.seeAll')}</Link>
        </div>
        <ProductGrid products={featured} eager={2} />
      </section>

      <section className="container section two-col" aria-label={t('home.bySector')}>
        <div>
          <h2>{t('home.bySector')}</h2>
          <ul className="link-list">
            {(facets?.sector ?? []).map((s) => (
              <li key={s.value}>
                <Link to={`/san-pham?sector=${encodeURIComponent(s.value)}`}>
                  {sectorName(s.value, lng)} <span className="muted">({s.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('home.byProvince')}</h2>
          <ul className="link-list">
            {(facets?.province ?? []).map((p) => (
              <li key={p.value}>
                <Link to={`/san-pham?province=${encodeURIComponent(p.value)}`}>
                  {p.value} <span className="muted">({p.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}
