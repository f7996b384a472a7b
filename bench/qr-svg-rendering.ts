import { performance } from 'node:perf_hooks';
import QRCode from 'qrcode';
import { type ResultRow, resultRow } from './result-row';

/** The options GET /v1/batches/:id/stamps/:seq/qr.svg renders with (stamp-routes.ts). */
const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

/** QR codes per second for real stamp URLs, one after another on one core. */
export async function benchQrSvgRendering(input: {
  urls: readonly string[];
  seconds: number;
}): Promise<ResultRow[]> {
  if (input.urls.length === 0) throw new Error('No stamp URLs to render.');
  const deadline = performance.now() + input.seconds * 1000;
  const start = performance.now();
  let rendered = 0;
  let bytes = 0;
  while (performance.now() < deadline) {
    const svg = await QRCode.toString(input.urls[rendered % input.urls.length] as string, QR_OPTIONS);
    bytes += svg.length;
    rendered++;
  }
  const ms = performance.now() - start;
  const benchmark = 'QR SVG rendering';
  return [
    resultRow(benchmark, 'rate', (rendered / ms) * 1000, { unit: 'SVGs/s' }),
    resultRow(benchmark, 'mean time per SVG', ms / rendered, { unit: 'ms', digits: 2 }),
    resultRow(benchmark, 'mean SVG size', bytes / rendered, { unit: 'bytes' }),
  ];
}
