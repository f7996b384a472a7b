import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type CartLine, cartGroups, getCart, setLineQuantity } from '../lib/cart.server';
import { formatVnd } from '../lib/format';
import { isUpstream } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { commit, getSession } from '../lib/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const cart = await getCart(session);
  const groups = cart?.items.length ? await cartGroups(cart.id) : [];
  const byId = new Map((cart?.items ?? []).map((i) => [i.id, i]));
  return data(
    {
      total: cart?.item_total ?? 0,
      groups: groups.map((g) => ({
        seller: g.seller,
        items: g.items.map((id) => byId.get(id)).filter((i): i is CartLine => Boolean(i)),
        shipping: g.shipping_options,
      })),
    },
    { headers: await commit(session) },
  );
}

const LineChange = z.object({
  line_id: z.string().regex(/^[\w-]{1,100}$/),
  quantity: z.coerce.number().int().min(0).max(99),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = LineChange.safeParse(form.intent === 'remove' ? { ...form, quantity: 0 } : form);
  if (!parsed.success) return data({ error: 'invalid' }, { status: 400 });
  const session = await getSession(request);
  try {
    await setLineQuantity(session, parsed.data.line_id, parsed.data.quantity);
  } catch (error) {
    // More than the shop has in stock, or a line that is not in this cart: say so, change nothing.
    if (isUpstream(error) && error.status < 500) return data({ error: 'refused' }, { status: 400 });
    throw error;
  }
  return data({ error: null }, { headers: await commit(session) });
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('cart.title')} – ${t('brand')}` }, { name: 'robots', content: 'noindex' }];
};

export default function CartPage() {
  const { groups, total } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!groups.length) {
    return (
      <div className="container narrow page-message">
        <h1>{t('cart.title')}</h1>
        <p>{t('cart.empty')}</p>
        <Link className="button button-primary" to="/san-pham">
          {t('cart.continue')}
        </Link>
      </div>
    );
  }
  return (
    <div className="container narrow cart-page">
      <h1>{t('cart.title')}</h1>
      <p className="muted">{t('cart.shippingNote')}</p>
      {result?.error ? (
        <p className="notice notice-error" role="alert">
          {t(result.error === 'refused' ? 'cart.refused' : 'cart.invalid')}
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.seller.id} className="cart-group" aria-labelledby={`shop-${g.seller.id}`}>
          <h2 id={`shop-${g.seller.id}`}>
            <span className="muted">{t('cart.from')}:</span>{' '}
            <Link to={`/cua-hang/${g.seller.handle}`}>{g.seller.name}</Link>
          </h2>
          <ul className="cart-lines">
            {g.items.map((line) => (
              <li key={line.id} className="cart-line">
                {line.thumbnail ? (
                  <img src={line.thumbnail} alt="" width={72} height={72} loading="lazy" />
                ) : null}
                <div className="cart-line-body">
                  <Link to={`/san-pham/${line.product_handle}`} className="cart-line-title">
                    {line.product_title}
                  </Link>
                  {line.variant_title && line.variant_title !== 'Default' ? (
                    <span className="muted"> · {line.variant_title}</span>
                  ) : null}
                  <p className="price">{formatVnd(line.unit_price * line.quantity)}</p>
                </div>
                <Form method="post" className="cart-line-form" preventScrollReset>
                  <input type="hidden" name="line_id" value={line.id} />
                  <label htmlFor={`qty-${line.id}`} className="visually-hidden">
                    {t('product.quantity')}
                  </label>
                  <input
                    id={`qty-${line.id}`}
                    name="quantity"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={99}
                    defaultValue={line.quantity}
                  />
                  <button type="submit" name="intent" value="update" className="button-small">
                    {t('cart.update')}
                  </button>
                  <button type="submit" name="intent" value="remove" className="button-small button-ghost">
                    {t('cart.remove')}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <p className="group-subtotal">
            {t('cart.subtotal')}:{' '}
            <strong>{formatVnd(g.items.reduce((n, i) => n + i.unit_price * i.quantity, 0))}</strong>
          </p>
          {g.shipping.length ? (
            <fieldset className="cart-shipping">
              <legend>{t('cart.shipping', { shop: g.seller.name })}</legend>
              {g.shipping.map((o, i) => (
                <label key={o.id} className="radio-card">
                  {/* Part of the checkout form below: the choice travels to the checkout page. */}
                  <input
                    type="radio"
                    form="cart-checkout"
                    name={`shipping_${g.seller.id}`}
                    value={o.id}
                    defaultChecked={i === 0}
                  />
                  <span>{o.name}</span>
                  <span className="price">{formatVnd(o.amount)}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </section>
      ))}
      <div className="cart-summary">
        <p>
          {t('cart.total')}: <strong className="price-large">{formatVnd(total)}</strong>
        </p>
        <Form method="get" action="/thanh-toan" id="cart-checkout">
          <button type="submit" className="button button-primary">
            {t('cart.checkout')}
          </button>
        </Form>
      </div>
    </div>
  );
}
