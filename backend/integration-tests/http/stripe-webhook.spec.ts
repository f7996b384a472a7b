import { createHmac } from 'node:crypto';
import { Modules } from '@medusajs/framework/utils';
import { ocopIntegrationTestRunner } from '../setup/runner';

jest.setTimeout(180_000);

/**
 * Stripe's webhook check, with the real @medusajs/payment-stripe provider configured as in
 * production. Stripe's servers are what cannot run here (mocked: nothing is sent to them);
 * events are signed locally with a test secret the way Stripe signs them (t=…,v1=HMAC).
 */
const SECRET = 'whsec_test_ocop_0123456789abcdef';
const saved = { key: process.env.STRIPE_API_KEY, secret: process.env.STRIPE_WEBHOOK_SECRET };
process.env.STRIPE_API_KEY = 'sk_test_not_used_for_network_calls';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
afterAll(() => {
  for (const [name, value] of [
    ['STRIPE_API_KEY', saved.key],
    ['STRIPE_WEBHOOK_SECRET', saved.secret],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function signed(payload: string, secret: string, at = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac('sha256', secret).update(`${at}.${payload}`).digest('hex');
  return `t=${at},v1=${v1}`;
}

const event = JSON.stringify({
  id: 'evt_test_1',
  object: 'event',
  type: 'payment_intent.amount_capturable_updated',
  data: {
    object: {
      id: 'pi_test_1',
      object: 'payment_intent',
      amount_capturable: 280000,
      amount: 280000,
      currency: 'vnd',
      metadata: { session_id: 'payses_test_1' },
    },
  },
});

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const check = (headers: Record<string, string>) =>
      getContainer()
        .resolve(Modules.PAYMENT)
        .getWebhookActionAndData({
          provider: 'stripe_stripe',
          payload: { data: JSON.parse(event), rawData: Buffer.from(event), headers },
        });

    it('accepts an event signed with the webhook secret and reads the authorised session', async () => {
      const result = await check({ 'stripe-signature': signed(event, SECRET) });
      expect(result).toMatchObject({ action: 'authorized', data: { session_id: 'payses_test_1' } });
    });

    it('refuses an event signed with another secret, an old signature, or none', async () => {
      await expect(check({ 'stripe-signature': signed(event, 'whsec_someone_else') })).rejects.toThrow(
        /signature/i,
      );
      const stale = Math.floor(Date.now() / 1000) - 3600;
      await expect(check({ 'stripe-signature': signed(event, SECRET, stale) })).rejects.toThrow(
        /timestamp|tolerance/i,
      );
      await expect(check({})).rejects.toThrow();
    });

    it('refuses unsigned and wrongly signed posts at the HTTP route, and takes a signed one', async () => {
      const post = (headers: Record<string, string>) =>
        api
          .post('/hooks/payment/stripe_stripe', event, {
            headers: { 'content-type': 'application/json', ...headers },
          })
          .catch((e: any) => e.response);
      const unsigned = await post({});
      expect([unsigned.status, unsigned.data.type]).toEqual([400, 'invalid_signature']);
      expect((await post({ 'stripe-signature': signed(event, 'whsec_someone_else') })).status).toBe(400);
      expect((await post({ 'stripe-signature': signed(event, SECRET) })).status).toBe(200);
    });
  },
});
