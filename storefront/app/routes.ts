import { flatRoutes } from '@remix-run/fs-routes';
import { type RouteConfig, route } from '@remix-run/route-config';

// File routes for the pages, plus the stamp URLs: the same GS1 Digital Link paths the registry
// prints in the QR codes, so a scan the registry hands over lands on the same path here.
export default [
  ...(await flatRoutes()),
  route('ocop/:code/10/:batch/21/:serial', 'verify/verify-page.tsx', { id: 'verify-ocop-unit' }),
  route('ocop/:code/10/:batch', 'verify/verify-page.tsx', { id: 'verify-ocop-batch' }),
  // v2 stamps (decision 016): /OCOP/{code}/{batch}/{serial}; routes match in any case.
  route('ocop/:code/:batch/:serial', 'verify/verify-page.tsx', { id: 'verify-ocop-unit-v2' }),
  route('01/:gtin/10/:batch/21/:serial', 'verify/verify-page.tsx', { id: 'verify-gtin-unit' }),
  route('01/:gtin/10/:batch', 'verify/verify-page.tsx', { id: 'verify-gtin-batch' }),
] satisfies RouteConfig;
