import { data, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { rootMeta } from '../lib/meta';
import { readTypedCode } from '../lib/read-typed-code.server';

/** Far above the longest typed code (12 + 14 + 22 characters and separators) or stamp URL. */
const MAX_INPUT = 300;

/**
 * "Check a code": the code printed under a stamp's QR, typed by someone whose phone cannot scan.
 * A GET form, so it works without JavaScript; a good code goes to the stamp's own page, which
 * asks the registry and counts the check as a scan, exactly as if the QR had been scanned.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const typed = new URL(request.url).searchParams.get('ma');
  if (typed === null) return data({ typed: '', error: null }, { headers: { 'cache-control': 'no-store' } });
  const read = typed.length > MAX_INPUT ? ({ ok: false, reason: 'shape' } as const) : readTypedCode(typed);
  if (read.ok) throw redirect(read.path);
  return data(
    { typed: typed.slice(0, MAX_INPUT), error: read.reason },
    { status: 400, headers: { 'cache-control': 'no-store' } },
  );
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('checkCode.title')} – ${t('brand')}` }];
};

export default function CheckCode() {
  const { typed, error } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  // The other language beside the page's own, for a visitor who reads only one of them.
  const other = i18n.language === 'en' ? vi.checkCode : en.checkCode;
  return (
    <div className="container narrow">
      <h1>{t('checkCode.title')}</h1>
      <p lang={i18n.language === 'en' ? 'vi' : 'en'} className="muted">
        {other.title}
      </p>
      <p>{t('checkCode.intro')}</p>
      <Form method="get" className="card-form">
        {error ? (
          <p className="notice notice-error" role="alert">
            {t(`checkCode.errors.${error}`)}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="ma">{t('checkCode.label')}</label>
          <input
            id="ma"
            name="ma"
            type="text"
            required
            maxLength={MAX_INPUT}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            defaultValue={typed}
            placeholder="AG0001/LOT-26.01/B-0001-…"
            aria-describedby="ma-hint"
          />
          <p id="ma-hint" className="muted">
            {t('checkCode.hint')}
          </p>
        </div>
        <button type="submit" className="button">
          {t('checkCode.submit')}
        </button>
      </Form>
    </div>
  );
}
