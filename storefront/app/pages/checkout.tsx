import { PROVINCE_NAMES } from '@ocop/domain/client';
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardPayment } from '../components/card-payment';
import { cartGroups, forgetCart, getCart } from '../lib/cart.server';
import {
  CheckoutForm,
  paymentMethods,
  placeOrders,
  saveAddress,
  startCardPayment,
} from '../lib/checkout.server';
import { formatVnd } from '../lib/format';
import { isUpstream, refusalKey } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { type PriceChange, readRefusal } from '../lib/read-refusal';
import { commit, getSession } from '../lib/session.server';

const PROVINCES_SORTED = [...PROVINCE_NAMES].sort((a, b) => a.localeCompare(b, 'vi'));

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const cart = await getCart(session);
  if (!cart?.items.length) throw redirect('/gio-hang', { headers: await commit(session) });
  const [groups, methods] = await Promise.all([cartGroups(cart.id), paymentMethods()]);
  const byId = new Map(cart.items.map((i) => [i.id, i]));
  const customer = session.get('customer');
  const address = cart.shipping_address ?? {};
  // The delivery chosen per shop in the cart (?shipping_<shop>=<option>), when it is one of its own.
  const search = new URL(request.url).searchParams;
  const chosenShipping = Object.fromEntries(
    groups.flatMap((g) => {
      const id = search.get(`shipping_${g.seller.id}`);
      return id && g.shipping_options.some((o) => o.id === id) ? [[`shipping_${g.seller.id}`, id]] : [];
    }),
  );
  return {
    groups: groups.map((g) => ({
      ...g,
      subtotal: g.items.reduce(
        (n, id) => n + (byId.get(id)?.unit_price ?? 0) * (byId.get(id)?.quantity ?? 0),
        0,
      ),
      lines: g.items
        .map((id) => byId.get(id))
        .filter(Boolean)
        .map((i) => `${i?.quantity} × ${i?.product_title}`),
    })),
    methods,
    itemTotal: cart.item_total,
    defaults: {
      email: cart.email ?? customer?.email ?? '',
      first_name: address.first_name ?? '',
      last_name: address.last_name ?? '',
      phone: address.phone ?? '',
      address_1: address.address_1 ?? '',
      province: address.province ?? '',
      commune: address.city ?? '',
      ...chosenShipping,
    },
  };
}

type FieldErrors = Partial<Record<string, string>>;

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const values = await readForm(request);
  const cartId = session.get('cartId');
  if (!cartId) throw redirect('/gio-hang');

  const parsed = CheckoutForm.safeParse(values);
  let groups: Awaited<ReturnType<typeof cartGroups>>;
  try {
    groups = await cartGroups(cartId);
  } catch (error) {
    // The cart is gone (completed elsewhere, expired): back to the cart, which starts afresh.
    if (isUpstream(error) && error.status < 500) throw redirect('/gio-hang');
    throw error;
  }
  const shipping = groups.map((g) => ({
    seller_id: g.seller.id,
    shipping_option_id: values[`shipping_${g.seller.id}`] ?? '',
  }));
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  }
  const validShipping = shipping.every((s) =>
    groups.some(
      (g) => g.seller.id === s.seller_id && g.shipping_options.some((o) => o.id === s.shipping_option_id),
    ),
  );
  if (!validShipping) errors.shipping = 'shipping';
  if (!parsed.success || !validShipping)
    return data({ errors, values, failure: null, card: null, priceChanges: null }, { status: 400 });

  try {
    const token = session.get('token');
    if (values.intent !== 'confirm-card') await saveAddress(cartId, parsed.data, token);
    if (parsed.data.payment_method === 'card' && values.intent !== 'confirm-card') {
      // Card: Stripe Elements confirms the payment in the browser, then this form comes back.
      const card = await startCardPayment(cartId, shipping);
      return data({ errors: {}, values, failure: null, card, priceChanges: null });
    }
    const placed = await placeOrders(cartId, shipping, parsed.data.payment_method);
    session.set('placed', { group: placed.group, cart: cartId });
    forgetCart(session);
    return redirect(`/dat-hang/${placed.group}`, { headers: await commit(session) });
  } catch (error) {
    const refusal = readRefusal(error);
    if (refusal?.kind === 'price_changed') {
      // The cart as it now stands: a 409 does not reload the page's data by itself.
      const cart = await getCart(session);
      const priceChanges = { changes: refusal.changes, itemTotal: cart?.item_total ?? null };
      return data(
        { errors: {}, values, failure: null, card: null, priceChanges },
        { status: 409, headers: await commit(session) },
      );
    }
    if (isUpstream(error) && error.status < 500) {
      return data(
        {
          errors: {},
          values,
          failure: refusalKey(error) ?? 'checkout.errors.failed',
          card: null,
          priceChanges: null,
        },
        { status: 400 },
      );
    }
    throw error;
  }
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('checkout.title')} – ${t('brand')}` }, { name: 'robots', content: 'noindex' }];
};

export default function CheckoutPage() {
  const { groups, methods, itemTotal, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const values = { ...defaults, ...(result?.values ?? {}) } as Record<string, string>;
  const errors = (result?.errors ?? {}) as FieldErrors;
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      groups.map((g) => [g.seller.id, values[`shipping_${g.seller.id}`] ?? g.shipping_options[0]?.id ?? '']),
    ),
  );
  const [method, setMethod] = useState(values.payment_method ?? 'cod');
  const shippingTotal = groups.reduce(
    (n, g) => n + (g.shipping_options.find((o) => o.id === chosen[g.seller.id])?.amount ?? 0),
    0,
  );
  const busy = navigation.state === 'submitting';
  const card = result?.card ?? null;
  const stripeKey = methods.find((m) => m.id === 'card')?.stripe_publishable_key ?? null;

  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        defaultValue={values[name] ?? ''}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        required
        {...props}
      />
      {errors[name] ? (
        <p id={`${name}-error`} className="field-error">
          {errors[name] === 'email' || errors[name] === 'phone' || errors[name] === 'province'
            ? t(`checkout.errors.${errors[name]}`)
            : t('checkout.errors.required', { field: label.toLowerCase() })}
        </p>
      ) : null}
    </div>
  );

  return (
    <div className="container narrow checkout-page">
      <h1>{t('checkout.title')}</h1>
      {result?.failure ? (
        <p className="notice notice-error" role="alert">
          {t('checkout.errors.failed')}
          {/* What the backend refused, in the shopper's language (its code, @ocop/contracts). */}
          {result.failure !== 'checkout.errors.failed' ? (
            <span className="block small">{t(result.failure)}</span>
          ) : null}
        </p>
      ) : null}
      {result?.priceChanges ? (
        <PriceChanges
          changes={result.priceChanges.changes}
          total={(result.priceChanges.itemTotal ?? itemTotal) + shippingTotal}
        />
      ) : null}
      <Form method="post" className="checkout-form" id="checkout">
        <fieldset>
          <legend>{t('checkout.contact')}</legend>
          <div className="field-row">
            {field('last_name', t('checkout.lastName'), { autoComplete: 'family-name' })}
            {field('first_name', t('checkout.firstName'), { autoComplete: 'given-name' })}
          </div>
          {field('email', t('checkout.email'), { type: 'email', autoComplete: 'email' })}
          {field('phone', t('checkout.phone'), { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
          {field('address_1', t('checkout.address'), { autoComplete: 'address-line1' })}
          <div className="field">
            <label htmlFor="province">{t('checkout.province')}</label>
            <select
              id="province"
              name="province"
              defaultValue={values.province ?? ''}
              required
              autoComplete="address-level1"
              aria-invalid={errors.province ? true : undefined}
            >
              <option value="">{t('checkout.chooseProvince')}</option>
              {PROVINCES_SORTED.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
            {errors.province ? <p className="field-error">{t('checkout.errors.province')}</p> : null}
          </div>
          {field('commune', t('checkout.commune'), { autoComplete: 'address-level2' })}
        </fieldset>

        <fieldset>
          <legend>{t('checkout.delivery')}</legend>
          <p className="muted">{t('checkout.orderSplit', { count: groups.length })}</p>
          {errors.shipping ? (
            <p className="field-error" role="alert">
              {t('checkout.errors.shipping')}
            </p>
          ) : null}
          {groups.map((g) => (
            <fieldset key={g.seller.id} className="delivery-group">
              <legend className="delivery-shop">
                <strong>{g.seller.name}</strong> · {formatVnd(g.subtotal)}
              </legend>
              <p className="muted small">{g.lines.join(', ')}</p>
              {g.shipping_options.map((o) => (
                <label key={o.id} className="radio-card">
                  <input
                    type="radio"
                    name={`shipping_${g.seller.id}`}
                    value={o.id}
                    checked={chosen[g.seller.id] === o.id}
                    onChange={() => setChosen({ ...chosen, [g.seller.id]: o.id })}
                  />
                  <span>{o.name}</span>
                  <span className="price">{formatVnd(o.amount)}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('checkout.payment')}</legend>
          {methods.map((m) => (
            <label key={m.id} className="radio-card">
              <input
                type="radio"
                name="payment_method"
                value={m.id}
                checked={method === m.id}
                onChange={() => setMethod(m.id)}
              />
              <span>
                {t(`checkout.methods.${m.id}`)}
                <span className="muted small block">{t(`checkout.methodHints.${m.id}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="checkout-summary">
          <p>
            {t('cart.subtotal')}: {formatVnd(itemTotal)}
          </p>
          <p>
            {t('checkout.shippingTotal')}: {formatVnd(shippingTotal)}
          </p>
          <p className="total">
            {t('cart.total')}: <strong className="price-large">{formatVnd(itemTotal + shippingTotal)}</strong>
          </p>
          {card && stripeKey ? (
            <CardPayment
              stripeKey={stripeKey}
              clientSecret={card.clientSecret}
              amount={card.amount}
              formId="checkout"
            />
          ) : (
            <button type="submit" className="button button-primary button-wide" disabled={busy}>
              {busy ? t('checkout.placing') : t('checkout.place')}
            </button>
          )}
        </div>
      </Form>
    </div>
  );
}

/** The backend refused the order because prices moved since the cart was filled: say which. */
function PriceChanges({ changes, total }: { changes: PriceChange[]; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert" data-testid="price-changed">
      <p>{t('checkout.errors.priceChanged')}</p>
      <ul>
        {changes.map((c) => (
          <li key={c.variant_id}>
            {t('checkout.errors.priceChange', {
              title: c.title,
              old: formatVnd(c.old_unit_price),
              new: formatVnd(c.new_unit_price),
            })}
          </li>
        ))}
      </ul>
      <p>{t('checkout.errors.newTotal', { total: formatVnd(total) })}</p>
    </div>
  );
}
