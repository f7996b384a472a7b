import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { customerOrders } from '../lib/account.server';
import { formatDate, formatVnd } from '../lib/format';
import { isUpstream } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { destroy, getSession } from '../lib/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const token = session.get('token');
  if (!token) throw redirect('/dang-nhap');
  try {
    return { customer: session.get('customer'), orders: await customerOrders(token) };
  } catch (error) {
    // An expired token: sign in again.
    if (isUpstream(error, 401)) throw redirect('/dang-nhap', { headers: await destroy(session) });
    throw error;
  }
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('account.title')} – ${t('brand')}` }, { name: 'robots', content: 'noindex' }];
};

export default function Account() {
  const { customer, orders } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language as Language;
  return (
    <div className="container narrow account-page">
      <div className="section-head">
        <div>
          <h1>{t('account.title')}</h1>
          <p className="muted">
            {customer?.name} · {customer?.email}
          </p>
        </div>
        <Form method="post" action="/dang-xuat">
          <button type="submit" className="button-ghost">
            {t('account.signOut')}
          </button>
        </Form>
      </div>
      <h2>{t('account.orders')}</h2>
      {orders.length === 0 ? <p>{t('account.noOrders')}</p> : null}
      <ul className="order-list">
        {orders.map((o) => (
          <li key={o.id} className="order-row" data-testid="account-order">
            <div>
              <p>
                <strong>#{o.display_id}</strong> · {formatDate(o.created_at, lng)}
              </p>
              <p className="muted small">
                {o.items.map((i) => `${i.quantity} × ${i.product_title}`).join(', ')}
              </p>
            </div>
            <div className="order-status">
              <span className={`tag ${o.status === 'canceled' ? 'tag-red' : ''}`}>
                {t(`account.statuses.${o.status}`, { defaultValue: o.status })}
              </span>
              <span className="tag">
                {t(`account.fulfillment.${o.fulfillment_status}`, { defaultValue: o.fulfillment_status })}
              </span>
              <strong>{formatVnd(o.total)}</strong>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
