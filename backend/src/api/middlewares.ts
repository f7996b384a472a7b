import {
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
} from '@medusajs/framework/http';
import { RegisterSellerSchema } from './vendor/validators';

/** Officials are created by an operator (scripts/create-official.ts), never by themselves. */
function refuseOfficialSelfRegistration(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res
    .status(403)
    .json({ type: 'not_allowed', message: 'Official accounts are created by the programme operator.' });
}

export default defineMiddlewares({
  routes: [
    {
      matcher: '/auth/official/*/register',
      method: 'POST',
      middlewares: [refuseOfficialSelfRegistration],
    },
    {
      // A freshly registered auth identity has no seller yet: it may create one.
      matcher: '/vendor/register',
      method: 'POST',
      middlewares: [
        authenticate('seller', ['bearer'], { allowUnregistered: true }),
        validateAndTransformBody(RegisterSellerSchema),
      ],
    },
    {
      matcher: '/vendor/me',
      middlewares: [authenticate('seller', ['bearer', 'session'])],
    },
  ],
});
