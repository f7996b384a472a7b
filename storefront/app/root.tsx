import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SiteFooter, SiteHeader } from './components/site-chrome';
import { createI18n, type Language } from './i18n/i18n';
import { env } from './lib/env.server';
import { useNonce } from './lib/nonce';
import { getSession } from './lib/session.server';
import styles from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  // ?lng= names the language of this page (links shared or crawled in English), else the session's.
  const asked = new URL(request.url).searchParams.get('lng');
  const lng = asked === 'en' || asked === 'vi' ? asked : session.get('lng') === 'en' ? 'en' : 'vi';
  return {
    lng: lng as Language,
    cartCount: session.get('cartCount') ?? 0,
    customer: session.get('customer') ?? null,
    publicUrl: env.publicUrl,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const lng = data?.lng ?? 'vi';
  const i18n = useMemo(() => createI18n(lng), [lng]);
  const nonce = useNonce();
  return (
    <html lang={lng}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f5132" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>('root');
  const t = createI18n(data?.lng ?? 'vi').t;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t('notFound.title'), isRouteErrorResponse(error) && typeof error.data === 'string' ? error.data : '']
      : status === 502 || status === 503
        ? [t('error.unavailableTitle'), t('error.unavailable')]
        : status >= 400 && status < 500
          ? [t('error.badRequestTitle'), t('error.badRequest')]
          : [t('error.title'), t('error.text')];
  return (
    <section className="container narrow page-message" data-status={status}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a className="button" href="/">
          {t('notFound.back')}
        </a>
      </p>
    </section>
  );
}
