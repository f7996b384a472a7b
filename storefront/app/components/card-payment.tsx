import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../lib/format';

/**
 * Stripe Elements for the cart's single card payment. Stripe's script loads only here, only
 * when the marketplace has card keys and the buyer chose card; after Stripe confirms, the
 * checkout form is sent again with intent=confirm-card and the orders are placed.
 */
export function CardPayment(props: {
  stripeKey: string;
  clientSecret: string | null;
  amount: number;
  formId: string;
}) {
  const { t, i18n } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const stripeRef = useRef<{ confirm: () => Promise<string | null> } | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (!props.clientSecret || !mount.current) return;
    void (async () => {
      const { loadStripe } = await import('@stripe/stripe-js');
      const stripe = await loadStripe(props.stripeKey, { locale: i18n.language === 'en' ? 'en' : 'vi' });
      if (!stripe || cancelled || !mount.current) return;
      const elements = stripe.elements({ clientSecret: props.clientSecret as string });
      elements.create('payment').mount(mount.current);
      stripeRef.current = {
        confirm: async () => {
          const result = await stripe.confirmPayment({ elements, redirect: 'if_required' });
          return result.error?.message ?? null;
        },
      };
      setReady(true);
    })().catch((e: Error) => setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [props.clientSecret, props.stripeKey, i18n.language]);

  async function pay() {
    if (!stripeRef.current) return;
    const failure = await stripeRef.current.confirm();
    if (failure) return setError(failure);
    const form = document.getElementById(props.formId) as HTMLFormElement | null;
    if (!form) return;
    const intent = document.createElement('input');
    intent.type = 'hidden';
    intent.name = 'intent';
    intent.value = 'confirm-card';
    form.append(intent);
    form.requestSubmit();
  }

  return (
    <div className="card-payment">
      <p className="card-payment-title">{t('checkout.cardDetails')}</p>
      <div ref={mount} className="card-element" />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-primary button-wide"
        disabled={!ready}
        onClick={() => void pay()}
      >
        {t('checkout.payNow', { amount: formatVnd(props.amount) })}
      </button>
    </div>
  );
}
