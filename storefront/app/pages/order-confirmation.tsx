import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { placedOrders } from '../lib/checkout.server';
import { formatVnd } from '../lib/format';
import { rootMeta } from '../lib/meta';
import { getSession } from '../lib/session.server';
import type { RootData } from '../root';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const placed = session.get('placed');
  // Only the visitor who placed the orders sees them here (the group id alone reveals nothing).
  if (!placed || placed.group !== params.group) throw new Response('', { status: 404 });
  const found = await placedOrders(placed.group, placed.cart);
  if (!found) throw new Response('', { status: 404 });
  const orders = await Promise.all(
    found.orders.map(async (o) => ({
      ...o,
      qrSvg: o.vietqr
        ? await QRCode.toString(o.vietqr.payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
        : null,
    })),
  );
  return { orders };
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('confirmation.title')} – ${t('brand')}` }, { name: 'robots', content: 'noindex' }];
};

export default function Confirmation() {
  const { orders } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<RootData>('root');
  const { t } = useTranslation();
  return (
    <div className="container narrow confirmation">
      <h1>
        <span className="check-mark" aria-hidden="true">
          ✓
        </span>{' '}
        {t('confirmation.title')}
      </h1>
      <p>{t('confirmation.thanks')}</p>
      <ol className="placed-orders">
        {orders.map((o) => (
          <li key={o.id} className="placed-order" data-testid="placed-order">
            <h2>
              {t('confirmation.order', { id: o.display_id })} · {o.seller}
            </h2>
            <dl className="facts">
              <dt>{t('confirmation.reference')}</dt>
              <dd className="mono">{o.reference}</dd>
              <dt>{t('confirmation.total')}</dt>
              <dd>
                <strong>{formatVnd(o.total)}</strong>
              </dd>
              <dt>{t('confirmation.payment')}</dt>
              <dd>{t(`checkout.methods.${o.payment_method}`)}</dd>
            </dl>
            {o.vietqr && o.qrSvg ? (
              <figure className="vietqr">
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered by qrcode from our own payload */}
                <div className="vietqr-code" dangerouslySetInnerHTML={{ __html: o.qrSvg }} />
                <figcaption>
                  {t('confirmation.scanToPay', { amount: formatVnd(o.vietqr.amount), note: o.vietqr.note })}
                  {o.vietqr.account_name ? (
                    <span className="block muted">
                      {o.vietqr.account_name} · {o.vietqr.account_number}
                    </span>
                  ) : null}
                </figcaption>
              </figure>
            ) : null}
          </li>
        ))}
      </ol>
      {root?.customer ? (
        <Link className="button" to="/tai-khoan">
          {t('confirmation.account')}
        </Link>
      ) : null}
    </div>
  );
}
