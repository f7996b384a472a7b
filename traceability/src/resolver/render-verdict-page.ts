import { createHash } from 'node:crypto';
import { VERDICT_DISPLAY, type Verdict, type VerdictResponse } from '@ocop/contracts';
import { CERTIFICATE_STATE_LABELS, formatVnDate, isCertificateInForce } from '@ocop/domain';
import { html, raw } from 'hono/html';
import { verdictMessage } from '../scans/verdict-message';

/**
 * A plain, script-free page for people who open a stamp URL when no storefront is configured.
 * hono/html escapes every interpolated value; the one style block is allowed by its hash
 * (VERDICT_PAGE_CSP), so no inline style attribute may appear.
 */
export function renderVerdictPage({ verdict, body }: { verdict: Verdict; body: VerdictResponse | null }) {
  const tone = VERDICT_DISPLAY[verdict];
  const message = body?.message ?? verdictMessage(verdict, false);
  const d = (iso: string | null | undefined) => (iso ? formatVnDate(new Date(iso), 'vi') : '—');
  const cert = body?.certificate;
  // An expired or revoked product must stop showing its stars at once (primer: Certificates).
  const inForce = isCertificateInForce(cert?.status);
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tone.vi} · Kiểm tra tem OCOP</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
  <p class="verdict ${tone.tone}">${tone.vi}<span lang="en">${tone.en}</span></p>
  <p>${message.vi}</p>
  <p lang="en" class="en">${message.en}</p>
  ${
    body
      ? html`<h1>${body.product.name}</h1>
  <dl>
    ${body.product.brand ? html`<dt>Nhãn hiệu</dt><dd>${body.product.brand}</dd>` : ''}
    <dt>Mã sản phẩm</dt><dd>${body.product.gtin ?? body.product.code}</dd>
    ${body.stamp?.serial ? html`<dt>Số sê-ri tem</dt><dd>${body.stamp.serial}</dd>` : ''}
    <dt>Cơ sở sản xuất</dt><dd>${body.producer.name}${body.producer.registrationNumber ? ` · ĐKKD ${body.producer.registrationNumber}` : ''}</dd>
    <dt>Địa chỉ</dt><dd>${[body.producer.address.line, body.producer.address.commune, body.producer.address.province].filter(Boolean).join(', ')}</dd>
    <dt>Xuất xứ nguyên liệu</dt><dd>${body.origin.rawMaterialOrigin ?? '—'}</dd>
    <dt>Hạng OCOP</dt><dd>${cert && inForce ? `${'★'.repeat(cert.stars)} (${cert.stars} sao)` : 'Không còn hiệu lực'}</dd>
    <dt>Số chứng nhận</dt><dd>${cert?.number ?? '—'} · ${cert?.issuer ?? ''}</dd>
    <dt>Quyết định</dt><dd>${cert?.decisionNumber || '—'}</dd>
    <dt>Hiệu lực</dt><dd>${cert ? `${d(cert.issuedAt)} – ${d(cert.expiresAt)}` : '—'}${cert?.revokedAt ? ` · Thu hồi ngày ${d(cert.revokedAt)}` : ''}${cert?.status === 'extended' ? ` · ${CERTIFICATE_STATE_LABELS.extended.vi}` : ''}</dd>
    <dt>Lô sản xuất</dt><dd>${body.batch.code} · NSX ${d(body.batch.producedAt)} · HSD ${body.batch.bestBefore ?? '—'}</dd>
    <dt>Tiêu chuẩn</dt><dd>${body.batch.standards.join(', ') || '—'}</dd>
    ${body.scans ? html`<dt>Số lần quét</dt><dd>${body.scans.count}</dd>` : ''}
  </dl>`
      : ''
  }
</main>
</body>
</html>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1b}
main{max-width:34rem;margin:0 auto;padding:1.25rem}
.verdict{color:#fff;font-size:1.6rem;font-weight:700;padding:1rem 1.25rem;border-radius:.75rem;margin:0 0 1rem}
.green{background:#1b7f3b}.amber{background:#a86400}.red{background:#b3261e}.info{background:#1f5f99}
.verdict span{display:block;font-size:1rem;font-weight:500;opacity:.9}
.en{color:#555}
h1{font-size:1.3rem;margin:1.5rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem;background:#fff;padding:1rem;border-radius:.75rem}
dt{color:#666}dd{margin:0}
`;

/** Only the page's own style block runs; nothing may frame, script or submit from it. */
export const VERDICT_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
