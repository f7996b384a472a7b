import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';

/**
 * Before Medusa's POST /hooks/payment/:provider, which answers 200 to anything and checks the
 * signature later in a subscriber: a provider that is not configured is 404, and a post the
 * provider refuses (for Stripe: no or a bad Stripe-Signature) is 400 now, so a forger learns
 * nothing and nothing is queued.
 */
export async function checkPaymentWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = req.params.provider;
  const payments = req.scope.resolve(Modules.PAYMENT);
  const [configured] = await payments.listPaymentProviders({ id: `pp_${provider}`, is_enabled: true });
  if (!configured || provider.startsWith('system')) {
    res.status(404).json({
      type: 'payment_provider_not_configured',
      message: 'No payment provider of that name takes webhooks here.',
    });
    return;
  }
  try {
    await payments.getWebhookActionAndData({
      provider,
      payload: {
        data: req.body as Record<string, unknown>,
        rawData: (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? Buffer.from(''),
        headers: req.headers as Record<string, unknown>,
      },
    });
  } catch {
    res
      .status(400)
      .json({ type: 'invalid_signature', message: 'The webhook is not signed by the provider.' });
    return;
  }
  next();
}
