/**
 * The payment provider behind "card": Stripe (`pp_stripe_stripe`) when STRIPE_API_KEY is set.
 * OCOP_CARD_PROVIDER overrides it — the tests use Medusa's system provider, as no Stripe server
 * can be reached from them. Null: card payments are not offered.
 */
export function cardPaymentProvider(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OCOP_CARD_PROVIDER) return env.OCOP_CARD_PROVIDER;
  return env.STRIPE_API_KEY ? 'pp_stripe_stripe' : null;
}
