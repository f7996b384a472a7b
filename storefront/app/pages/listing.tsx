import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSubmit } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductGrid } from '../components/product-card';
import type { Language } from '../i18n/i18n';
import { listProducts } from '../lib/catalog.server';
import { formatVnd, groupName, sectorName } from '../lib/format';
import { parseListingParams } from '../lib/listing-params.server';
import { PAGE_SIZE, SORTS } from '../lib/listing-sorts';
import { rootMeta } from '../lib/meta';
import { seo } from '../lib/seo';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseListingParams(new URL(request.url).searchParams);
  const sort = params.sort ?? (params.q ? 'relevance' : 'newest');
  const page = await listProducts({
    q: params.q,
    sector: params.sector,
    product_group: params.product_group,
    province: params.province,
    commune: params.commune,
    stars: params.stars,
    min_price: params.min_price,
    max_price: params.max_price,
    sort: sort === 'relevance' && !params.q ? 'newest' : sort,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
    facets: true,
  });
  return { params: { ...params, sort }, page };
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const { t, lng, base } = rootMeta(args);
  const q = args.data?.params.q;
  return [
    ...seo({
      title: `${q ? t('listing.resultsFor', { q }) : t('listing.title')} – ${t('brand')}`,
      description: t('home.description'),
      url: `${base}/san-pham`,
      lng,
    }),
    // Search and filter combinations are not pages of their own for search engines.
    ...(args.location.search ? [{ name: 'robots', content: 'noindex, follow' }] : []),
  ];
};

export default function Listing() {
  const { params, page } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language as Language;
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const filters = useRef<HTMLDetailsElement>(null);
  // On wide screens the filters are a sidebar, always open.
  useEffect(() => {
    if (filters.current && window.matchMedia('(min-width: 960px)').matches) filters.current.open = true;
  }, []);
  // The form keeps its own state; when the URL changes another way (a link, back), follow it.
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    for (const input of Array.from(el.elements)) {
      if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) continue;
      const value = params[input.name as keyof typeof params];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        input.checked = Array.isArray(value) && value.map(String).includes(input.value);
      } else if (input.type !== 'hidden') {
        input.value = value === undefined ? '' : String(value);
      }
    }
  }, [params]);
  const facets = page.facets;
  const pages = Math.max(1, Math.ceil(page.count / PAGE_SIZE));
  const hrefFor = (n: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || k === 'page') continue;
      if (Array.isArray(v)) for (const x of v) search.append(k, String(x));
      else search.set(k, String(v));
    }
    if (n > 1) search.set('page', String(n));
    return `/san-pham?${search.toString()}`;
  };
  const active = Boolean(
    params.sector ||
      params.product_group ||
      params.province ||
      params.commune ||
      params.stars?.length ||
      params.min_price !== undefined ||
      params.max_price !== undefined,
  );

  return (
    <div className="container listing">
      <div className="listing-head">
        <h1>{params.q ? t('listing.resultsFor', { q: params.q }) : t('listing.title')}</h1>
        <p className="muted" aria-live="polite">
          {t('listing.count', { count: page.count })}
        </p>
      </div>
      <Form
        method="get"
        action="/san-pham"
        className="listing-layout"
        ref={form}
        onChange={(event) => {
          // Checkboxes and selects apply at once; a price applies on Enter or "Apply", not per key.
          if (event.target instanceof HTMLInputElement && event.target.type === 'number') return;
          submit(event.currentTarget, { preventScrollReset: true });
        }}
      >
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        <details className="filters" open={active} ref={filters}>
          <summary>{t('listing.filters')}</summary>
          <fieldset>
            <legend>{t('listing.stars')}</legend>
            {[5, 4, 3].map((s) => (
              <label key={s} className="check">
                <input type="checkbox" name="stars" value={s} defaultChecked={params.stars?.includes(s)} />
                <span className="stars-inline" aria-hidden="true">
                  {'★'.repeat(s)}
                </span>
                <span>{t('stars.short', { count: s })}</span>
                <span className="muted">({facets?.stars.find((f) => f.value === s)?.count ?? 0})</span>
              </label>
            ))}
          </fieldset>
          <FacetSelect
            name="sector"
            label={t('listing.sector')}
            value={params.sector}
            options={(facets?.sector ?? []).map((f) => ({ ...f, label: sectorName(f.value, lng) }))}
          />
          <FacetSelect
            name="product_group"
            label={t('listing.group')}
            value={params.product_group}
            options={(facets?.product_group ?? []).map((f) => ({ ...f, label: groupName(f.value, lng) }))}
          />
          <FacetSelect
            name="province"
            label={t('listing.province')}
            value={params.province}
            options={(facets?.province ?? []).map((f) => ({ ...f, label: f.value }))}
          />
          <FacetSelect
            name="commune"
            label={t('listing.commune')}
            value={params.commune}
            options={(facets?.commune ?? []).map((f) => ({ ...f, label: f.value }))}
          />
          <fieldset className="price-range">
            <legend>{t('listing.price')}</legend>
            <label>
              <span>{t('listing.priceMin')}</span>
              <input
                type="number"
                name="min_price"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={params.min_price}
                placeholder={facets?.price.min != null ? formatVnd(facets.price.min) : ''}
              />
            </label>
            <label>
              <span>{t('listing.priceMax')}</span>
              <input
                type="number"
                name="max_price"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={params.max_price}
                placeholder={facets?.price.max != null ? formatVnd(facets.price.max) : ''}
              />
            </label>
          </fieldset>
          <div className="filter-actions">
            <button type="submit">{t('listing.apply')}</button>
            <Link to={params.q ? `/san-pham?q=${encodeURIComponent(params.q)}` : '/san-pham'}>
              {t('listing.clear')}
            </Link>
          </div>
        </details>

        <section className="listing-results" aria-label={t('listing.title')}>
          <div className="sort-row">
            <label htmlFor="sort">{t('listing.sort')}</label>
            <select id="sort" name="sort" defaultValue={params.sort}>
              {SORTS.filter((s) => s !== 'relevance' || params.q).map((s) => (
                <option key={s} value={s}>
                  {t(`listing.sorts.${s}`)}
                </option>
              ))}
            </select>
            <noscript>
              <button type="submit">{t('listing.apply')}</button>
            </noscript>
          </div>
          {page.products.length ? (
            <ProductGrid products={page.products} eager={4} />
          ) : (
            <div className="empty">
              <p>{t('listing.none')}</p>
              <p className="muted">{t('listing.noneHint')}</p>
            </div>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={t('listing.page', { page: params.page, pages })}>
              {params.page > 1 ? (
                <Link to={hrefFor(params.page - 1)}>{t('listing.previous')}</Link>
              ) : (
                <span />
              )}
              <span>{t('listing.page', { page: params.page, pages })}</span>
              {params.page < pages ? (
                <Link to={hrefFor(params.page + 1)}>{t('listing.next')}</Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      </Form>
    </div>
  );
}

function FacetSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; count: number; label: string }[];
}) {
  const { t } = useTranslation();
  const id = `facet-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.value ?? ''}>
        <option value="">{t('listing.all')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}
