import { authenticate, defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http';
import { RegisterSellerSchema } from './vendor/validators';

export default defineMiddlewares({
  routes: [
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
