import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OcopBadge } from '../components/ocop-badge';
import type { Language } from '../i18n/i18n';
import { addToCart } from '../lib/cart.server';
import { productByHandle } from '../lib/catalog.server';
import { formatDate, formatVnd, groupName, sectorName } from '../lib/format';
import { isUpstream, refusalKey } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { absolute, seo } from '../lib/seo';
import { commit, getSession } from '../lib/session.server';

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await productByHandle(params.handle ?? '');
  if (!product) throw new Response('', { status: 404 });
  return { product };
}

const AddToCart = z.object({
  variant_id: z.string().min(1).max(100),
  quantity: z.coerce.number().int().min(1).max(99),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = AddToCart.safeParse(await readForm(request));
  if (!parsed.success) return data({ ok: false as const, error: 'invalid', reason: null }, { status: 400 });
  const session = await getSession(request);
  try {
    await addToCart(session, parsed.data.variant_id, parsed.data.quantity);
  } catch (error) {
    if (isUpstream(error) && error.status < 500) {
      // Why, in the shopper's language, when the backend said it with a code we have words for.
      return data(
        { ok: false as const, error: 'refused', reason: refusalKey(error) },
        { status: 400, headers: await commit(session) },
      );
    }
    throw error;
  }
  return data({ ok: true as const, error: null, reason: null }, { headers: await commit(session) });
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const { t, lng, url, base } = rootMeta(args);
  const p = args.data?.product;
  if (!p) return [{ title: t('product.notFound') }];
  const description = `${t('stars.label', { count: p.stars ?? 0 })} · ${p.seller.name}${
    p.province ? `, ${p.province}` : ''
  }. ${p.description ?? ''}`.slice(0, 300);
  const image = p.thumbnail ?? p.images[0]?.url ?? null;
  const inStock = p.variants.some((v) => v.in_stock);
  const prices = p.variants.map((v) => v.price).filter((price) => price > 0);
  return seo({
    title: `${p.title} – ${t('stars.label', { count: p.stars ?? 0 })} – ${t('brand')}`,
    description,
    url,
    lng,
    image,
    type: 'product',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: p.title,
      description: p.description ?? undefined,
      image: image ? absolute(image, base) : undefined,
      sku: p.variants[0]?.sku ?? undefined,
      brand: { '@type': 'Brand', name: p.seller.name },
      countryOfOrigin: 'VN',
      award: p.certificate_number ? `OCOP ${p.stars}★ (${p.certificate_number})` : undefined,
      offers: prices.length
        ? {
            '@type': 'AggregateOffer',
            priceCurrency: 'VND',
            // Variants without a price are not offers.
            lowPrice: Math.min(...prices),
            highPrice: Math.max(...prices),
            offerCount: prices.length,
            availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
            seller: { '@type': 'Organization', name: p.seller.name },
            url,
          }
        : undefined,
    },
  });
};

export default function ProductPage() {
  const { product: p } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation();
  const lng = i18n.language as Language;
  const images = p.images.length ? p.images : p.thumbnail ? [{ url: p.thumbnail }] : [];
  const [shown, setShown] = useState(0);
  const firstInStock = p.variants.find((v) => v.in_stock) ?? p.variants[0];
  const [variantId, setVariantId] = useState(firstInStock?.id ?? '');
  const variant = p.variants.find((v) => v.id === variantId) ?? firstInStock;
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';

  return (
    <div className="container product-page">
      <nav aria-label={t('product.breadcrumb')} className="breadcrumb">
        <Link to="/san-pham">{t('nav.catalog')}</Link>
        {p.sector ? (
          <>
            {' / '}
            <Link to={`/san-pham?sector=${p.sector}`}>{sectorName(p.sector, lng)}</Link>
          </>
        ) : null}
      </nav>
      <div className="product-layout">
        <section className="gallery" aria-label={t('product.gallery')}>
          {images[shown] ? (
            <img
              className="gallery-main"
              src={images[shown].url}
              alt={p.title}
              width={800}
              height={800}
              fetchPriority="high"
            />
          ) : null}
          {images.length > 1 ? (
            <ul className="gallery-thumbs">
              {images.map((img, i) => (
                <li key={img.url}>
                  <button
                    type="button"
                    onClick={() => setShown(i)}
                    aria-pressed={i === shown}
                    aria-label={`${t('product.gallery')} ${i + 1}`}
                  >
                    <img src={img.url} alt="" width={96} height={96} loading="lazy" />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <section className="product-info">
          <p className="eyebrow">
            {groupName(p.product_group, lng)}
            {p.province ? ` · ${p.province}` : ''}
          </p>
          <h1>{p.title}</h1>
          {p.subtitle ? <p className="subtitle">{p.subtitle}</p> : null}
          <p className="price price-large">
            {variant ? formatVnd(variant.price) : p.price ? formatVnd(p.price) : ''}
          </p>

          <Form method="post" className="buy-box">
            {p.variants.length > 1 ? (
              <div className="field">
                <label htmlFor="variant">{t('product.variant')}</label>
                <select
                  id="variant"
                  name="variant_id"
                  value={variantId}
                  onChange={(e) => setVariantId(e.currentTarget.value)}
                >
                  {p.variants.map((v) => (
                    <option key={v.id} value={v.id} disabled={!v.in_stock}>
                      {v.title} – {formatVnd(v.price)}
                      {v.in_stock ? '' : ` (${t('product.outOfStock')})`}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <input type="hidden" name="variant_id" value={variant?.id ?? ''} />
            )}
            <div className="field field-qty">
              <label htmlFor="quantity">{t('product.quantity')}</label>
              <input
                id="quantity"
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={99}
                defaultValue={1}
              />
            </div>
            <button type="submit" className="button button-primary" disabled={!variant?.in_stock || busy}>
              {variant?.in_stock ? t('product.addToCart') : t('product.outOfStock')}
            </button>
            <p
              role="status"
              className={result?.ok ? 'notice notice-ok' : result?.error ? 'notice notice-error' : ''}
            >
              {result?.ok ? (
                <>
                  {t('product.added')} <Link to="/gio-hang">{t('nav.cart')} →</Link>
                </>
              ) : result?.error ? (
                <>
                  {t(result.error === 'invalid' ? 'product.addInvalid' : 'product.addRefused')}
                  {result.reason ? <span className="block small">{t(result.reason)}</span> : null}
                </>
              ) : null}
            </p>
          </Form>

          <section className="proof-card" aria-labelledby="ocop-proof">
            <div className="proof-head">
              <OcopBadge stars={p.stars} size="large" />
              <h2 id="ocop-proof">{t('product.ocopProof')}</h2>
            </div>
            <dl className="facts">
              <dt>{t('product.certificate')}</dt>
              <dd className="mono">{p.certificate_number}</dd>
              <dt>{t('product.issuer')}</dt>
              <dd>
                {p.issuer_name}
                {p.issuing_level ? (
                  <span className="muted"> · {t(`product.levels.${p.issuing_level}`)}</span>
                ) : null}
              </dd>
              {p.certificate_issued_at ? (
                <>
                  <dt>{t('product.issuedAt')}</dt>
                  <dd>{formatDate(p.certificate_issued_at, lng)}</dd>
                </>
              ) : null}
              <dt>{t('product.validUntil')}</dt>
              <dd>
                <strong>{formatDate(p.valid_until, lng)}</strong>
                {p.certificate_status === 'expiring' ? (
                  <span className="tag tag-amber">{t('product.expiringSoon')}</span>
                ) : null}
              </dd>
            </dl>
          </section>

          <section className="batch-card" aria-labelledby="batch">
            <h2 id="batch">{t('product.batch')}</h2>
            {p.batch ? (
              <dl className="facts">
                <dt>{t('product.batchCode')}</dt>
                <dd className="mono">{p.batch.code}</dd>
                <dt>{t('product.producedAt')}</dt>
                <dd>{formatDate(p.batch.produced_at, lng)}</dd>
                {p.batch.best_before ? (
                  <>
                    <dt>{t('product.bestBefore')}</dt>
                    <dd>{formatDate(p.batch.best_before, lng)}</dd>
                  </>
                ) : null}
                {p.batch.standards.length ? (
                  <>
                    <dt>{t('product.standards')}</dt>
                    <dd>
                      {p.batch.standards.map((s) => (
                        <span key={s} className="tag">
                          {s}
                        </span>
                      ))}
                    </dd>
                  </>
                ) : null}
                {p.batch.raw_material_origin ? (
                  <>
                    <dt>{t('product.rawMaterial')}</dt>
                    <dd>{p.batch.raw_material_origin}</dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p className="muted">{t('product.noBatch')}</p>
            )}
          </section>
        </section>
      </div>

      <div className="product-more">
        {p.description ? (
          <section aria-labelledby="about">
            <h2 id="about">{t('product.description')}</h2>
            <p className="prose">{p.description}</p>
          </section>
        ) : null}
        <section className="producer-card" aria-labelledby="producer">
          <h2 id="producer">{t('product.producer')}</h2>
          <div className="producer-row">
            {p.seller.logo_url ? (
              <img src={p.seller.logo_url} alt="" width={64} height={64} loading="lazy" />
            ) : null}
            <div>
              <p className="producer-name">{p.producer?.legal_name ?? p.seller.name}</p>
              {p.producer?.kind ? <p className="muted">{t(`shop.kinds.${p.producer.kind}`)}</p> : null}
              <p>
                {t('product.origin')}: {[p.commune, p.province].filter(Boolean).join(', ')}
              </p>
              {p.producer?.address ? <p className="muted">{p.producer.address}</p> : null}
            </div>
          </div>
          <Link className="button" to={`/cua-hang/${p.seller.handle}`}>
            {t('product.visitShop')}
          </Link>
        </section>
      </div>
    </div>
  );
}
