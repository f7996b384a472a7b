import type { MiddlewareRoute } from '@medusajs/framework/http';
import { withRequestContext } from '../logging/request-context';
import { requireCartLine } from '../orders/require-cart-line';
import { checkPaymentWebhook } from '../payments/check-payment-webhook';
import { limitAuth } from './auth-rate-limits';
import { equalSignInTime } from './equal-sign-in-time';
import { guardInput } from './guard-input';
import { resetPasswordAtOnce } from './reset-password-at-once';
import { securityHeaders } from './security-headers';

/**
 * The API's defences that are not about one resource, for api/middlewares.ts: the request id,
 * headers and the input guard on every request (a root matcher without methods runs before every route's own
 * middlewares), limits and equal timing on Medusa's e-mail/password routes for every actor,
 * the payment webhook check, and a guard in front of a Medusa route that fails on unknown ids.
 */
export const securityMiddlewares: MiddlewareRoute[] = [
  { matcher: '/', middlewares: [withRequestContext, securityHeaders, guardInput] },
  {
    matcher: '/auth/:actor_type/emailpass',
    methods: ['POST'],
    middlewares: [limitAuth('sign_in'), equalSignInTime],
  },
  {
    matcher: '/auth/:actor_type/emailpass/register',
    methods: ['POST'],
    middlewares: [limitAuth('register')],
  },
  {
    matcher: '/auth/:actor_type/emailpass/reset-password',
    methods: ['POST'],
    middlewares: [limitAuth('reset_password'), resetPasswordAtOnce],
  },
  { matcher: '/auth/:actor_type/emailpass/update', methods: ['POST'], middlewares: [limitAuth('update')] },
  { matcher: '/hooks/payment/:provider', methods: ['POST'], middlewares: [checkPaymentWebhook] },
  { matcher: '/store/carts/:id/line-items/:line_id', methods: ['DELETE'], middlewares: [requireCartLine] },
];
