import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cardPaymentProvider } from '../../../../lib/payments/card-payment';
import { vietQrAccountFromEnv } from '../../../../lib/payments/vietqr';

/** What the checkout page may offer: cash on delivery always, VietQR and card when configured. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  const card = cardPaymentProvider();
  res.json({
    payment_methods: [
      { id: 'cod' },
      ...(vietQrAccountFromEnv() ? [{ id: 'vietqr' }] : []),
      ...(card
        ? [
            {
              id: 'card',
              provider_id: card,
              stripe_publishable_key: process.env.STRIPE_PUBLISHABLE_KEY ?? null,
            },
          ]
        : []),
    ],
  });
};
