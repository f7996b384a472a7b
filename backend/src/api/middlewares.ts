import {
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
} from '@medusajs/framework/http';
import { apiErrorHandler } from '../lib/http/api-error-handler';
import { securityMiddlewares } from '../lib/http/security-middlewares';
import { restrictOrderToOwner } from '../lib/orders/order-owner';
import { attachSeller } from '../lib/sellers/vendor-context';
import { ConfirmTransferSchema } from './admin/ocop/validators';
import { SellerBindingSchema } from './admin/sellers/validators';
import { CardPaymentSchema, CheckoutSchema } from './store/ocop/validators';
import {
  CancelOrderSchema,
  CreateVendorProductSchema,
  RegisterSellerSchema,
  ReturnOrderSchema,
  SellerStatusSchema,
  ShipOrderSchema,
  UpdateVendorProductSchema,
  UpdateVendorVariantSchema,
} from './vendor/validators';

/** Officials are created by an operator (scripts/create-official.ts), never by themselves. */
function refuseOfficialSelfRegistration(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res
    .status(403)
    .json({ type: 'not_allowed', message: 'Official accounts are created by the programme operator.' });
}

/**
 * Only the backend itself is a service (docs/decisions/012): a `service` identity registered or
 * signed in here would get a token the registry trusts as the backend.
 */
function refuseServiceIdentities(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(403).json({ type: 'not_allowed', message: 'Service accounts cannot sign up or sign in.' });
}

const vendor = [authenticate('seller', ['bearer', 'session']), attachSeller];

/** A POST route whose body is validated (400 with what is wrong) before the handler runs. */
const postBody = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]) => ({
  matcher,
  method: 'POST' as const,
  middlewares: [validateAndTransformBody(schema)],
});

export default defineMiddlewares({
  errorHandler: apiErrorHandler,
  routes: [
    ...securityMiddlewares,
    {
      matcher: '/auth/official/*/register',
      method: 'POST',
      middlewares: [refuseOfficialSelfRegistration],
    },
    { matcher: '/auth/service*', middlewares: [refuseServiceIdentities] },
    {
      // A freshly registered auth identity has no seller yet: it may create one.
      matcher: '/vendor/register',
      method: 'POST',
      middlewares: [
        authenticate('seller', ['bearer'], { allowUnregistered: true }),
        validateAndTransformBody(RegisterSellerSchema),
      ],
    },
    { matcher: '/vendor/me', middlewares: [authenticate('seller', ['bearer', 'session'])] },
    // Every other vendor route: a signed-in member, and req.seller is their shop.
    { matcher: '/vendor/products*', middlewares: vendor },
    { matcher: '/vendor/orders*', middlewares: vendor },
    { matcher: '/vendor/registry-products*', middlewares: vendor },
    { matcher: '/vendor/batches*', middlewares: vendor },
    { matcher: '/vendor/stamp-issuances*', middlewares: vendor },
    { matcher: '/vendor/sales*', middlewares: vendor },
    postBody('/vendor/orders/:id/ship', ShipOrderSchema),
    postBody('/vendor/orders/:id/returns', ReturnOrderSchema),
    postBody('/vendor/orders/:id/cancel', CancelOrderSchema),
    postBody('/vendor/products', CreateVendorProductSchema),
    postBody('/vendor/products/:id', UpdateVendorProductSchema),
    postBody('/vendor/products/:id/variants/:variant_id', UpdateVendorVariantSchema),
    postBody('/admin/sellers/:id/status', SellerStatusSchema),
    postBody('/admin/sellers/:id/binding', SellerBindingSchema),
    postBody('/admin/ocop/transfers', ConfirmTransferSchema),
    {
      matcher: '/store/orders/:id',
      method: 'GET',
      middlewares: [
        authenticate('customer', ['session', 'bearer'], { allowUnauthenticated: true }),
        restrictOrderToOwner,
      ],
    },
    postBody('/store/ocop/carts/:id/card-payment', CardPaymentSchema),
    postBody('/store/ocop/checkout', CheckoutSchema),
    {
      // The registry signs the raw body; keep it for the HMAC check.
      matcher: '/hooks/registry',
      method: 'POST',
      bodyParser: { preserveRawBody: true },
    },
  ],
});
