import { createHmac } from 'node:crypto';

/**
 * The headers of one webhook delivery (decision 012): the receiver checks the HMAC of
 * "<timestamp>.<raw body>", refuses a timestamp far from its clock (a replay) and skips an
 * event id it has processed.
 */
export function signDelivery(
  secret: string,
  delivery: { eventId: number | string; body: string; at: Date },
): Record<'x-ocop-event-id' | 'x-ocop-timestamp' | 'x-ocop-signature', string> {
  const timestamp = String(Math.floor(delivery.at.getTime() / 1000));
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex');
  return {
    'x-ocop-event-id': String(delivery.eventId),
    'x-ocop-timestamp': timestamp,
    'x-ocop-signature': `t=${timestamp},v1=${v1}`,
  };
}
