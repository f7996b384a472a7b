import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signDelivery } from './sign-delivery';

describe('webhook signature v2', () => {
  it('signs "<unix seconds>.<raw body>" with HMAC-SHA-256 as t=…,v1=…', () => {
    const body = '{"id":42,"topic":"producer_binding.changed","data":{"bindingId":"b1"}}';
    const at = new Date('2026-12-02T10:00:00.987Z');
    const headers = signDelivery('whsec-test-0123456789', { eventId: 42, body, at });
    // Computed here independently: 2026-12-02T10:00:00Z is 1796205600 unix seconds.
    const expected = createHmac('sha256', 'whsec-test-0123456789').update(`1796205600.${body}`).digest('hex');
    expect(headers).toEqual({
      'x-ocop-event-id': '42',
      'x-ocop-timestamp': '1796205600',
      'x-ocop-signature': `t=1796205600,v1=${expected}`,
    });
  });

  it('changes with the timestamp, the body and the secret', () => {
    const base = { eventId: 1, body: '{}', at: new Date('2026-12-02T10:00:00Z') };
    const sig = (over: Partial<typeof base>, secret = 's') =>
      signDelivery(secret, { ...base, ...over })['x-ocop-signature'];
    expect(sig({ at: new Date('2026-12-02T10:00:01Z') })).not.toBe(sig({}));
    expect(sig({ body: '{ }' })).not.toBe(sig({}));
    expect(sig({}, 't')).not.toBe(sig({}));
  });
});
