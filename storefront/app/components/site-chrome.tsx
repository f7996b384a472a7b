import { Form, Link, useLocation, useRouteLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { RootData } from '../root';

export function Logo() {
  return (
    <svg className="logo-mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="19" fill="#0f5132" />
      <path
        d="M20 7l3.6 7.6 8.3 1.1-6.1 5.8 1.5 8.2L20 25.8l-7.3 3.9 1.5-8.2-6.1-5.8 8.3-1.1z"
        fill="#f6c445"
      />
    </svg>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  const root = useRouteLoaderData<RootData>('root');
  const location = useLocation();
  const [params] = useSearchParams();
  const here = `${location.pathname}${location.search}`;
  const other = root?.lng === 'en' ? 'vi' : 'en';
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <div className="container header-row">
        <Link to="/" className="brand" prefetch="intent">
          <Logo />
          <span>{t('brand')}</span>
        </Link>
        <nav aria-label={t('nav.catalog')} className="header-nav">
          <Link to="/san-pham" prefetch="intent">
            {t('nav.catalog')}
          </Link>
          <Link to={root?.customer ? '/tai-khoan' : '/dang-nhap'}>
            {root?.customer ? t('nav.account') : t('nav.signIn')}
          </Link>
          <Link to="/gio-hang" className="cart-link">
            {t('nav.cart')}
            <span className="cart-count" aria-hidden="true">
              {root?.cartCount ?? 0}
            </span>
            <span className="visually-hidden">{t('cart.items', { count: root?.cartCount ?? 0 })}</span>
          </Link>
          <a
            href={`/ngon-ngu?lng=${other}&to=${encodeURIComponent(here)}`}
            lang={other}
            hrefLang={other}
            aria-label={t('language.switchToLabel')}
            className="lang-switch"
          >
            {other.toUpperCase()}
          </a>
        </nav>
      </div>
      <div className="container">
        <Form method="get" action="/san-pham" role="search" className="search-form">
          <label htmlFor="site-search" className="visually-hidden">
            {t('search.label')}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            defaultValue={location.pathname === '/san-pham' ? (params.get('q') ?? '') : ''}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
          />
          <button type="submit">{t('search.submit')}</button>
        </Form>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="brand footer-brand">
            <Logo />
            <span>{t('brand')}</span>
          </p>
          <p>{t('footer.about')}</p>
        </div>
        <p>{t('footer.verifyHint')}</p>
      </div>
    </footer>
  );
}
