import { index, type RouteConfig, route } from '@remix-run/route-config';

// Every page by its Vietnamese URL (public: shoppers, links and search engines know them), each
// module named in English for the people who maintain it. The stamp URLs are the GS1 Digital
// Link paths the registry prints in the QR codes, so a scan it hands over lands on the same path.
export default [
  index('pages/home.tsx'),
  route('san-pham', 'pages/listing.tsx'),
  route('san-pham/:handle', 'pages/product.tsx'),
  route('cua-hang/:handle', 'pages/shop.tsx'),
  route('gio-hang', 'pages/cart.tsx'),
  route('thanh-toan', 'pages/checkout.tsx'),
  route('dat-hang/:group', 'pages/order-confirmation.tsx'),
  route('dang-nhap', 'pages/sign-in.tsx'),
  route('dang-ky', 'pages/register.tsx'),
  route('dang-xuat', 'pages/sign-out.tsx'),
  route('tai-khoan', 'pages/account.tsx'),
  route('kiem-tra-ma', 'pages/check-code.tsx'),
  route('ngon-ngu', 'pages/language.tsx'),
  route('media/demo/:name', 'pages/demo-media.ts'),
  route('robots.txt', 'pages/robots-txt.ts'),
  route('sitemap.xml', 'pages/sitemap-xml.ts'),
  route('healthz', 'pages/healthz.ts'),
  route('ocop/:code/10/:batch/21/:serial', 'verify/verify-page.tsx', { id: 'verify-ocop-unit' }),
  route('ocop/:code/10/:batch', 'verify/verify-page.tsx', { id: 'verify-ocop-batch' }),
  // v2 stamps (decision 016): /OCOP/{code}/{batch}/{serial}; routes match in any case.
  route('ocop/:code/:batch/:serial', 'verify/verify-page.tsx', { id: 'verify-ocop-unit-v2' }),
  route('01/:gtin/10/:batch/21/:serial', 'verify/verify-page.tsx', { id: 'verify-gtin-unit' }),
  route('01/:gtin/10/:batch', 'verify/verify-page.tsx', { id: 'verify-gtin-batch' }),
] satisfies RouteConfig;
