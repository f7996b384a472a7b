import { performance } from 'node:perf_hooks';
import { renderQrSvg } from '@ocop/traceability';
import { type ResultRow, resultRow } from './result-row';

/**
 * QR codes per second for real stamp URLs, one after another on one core, drawn as
 * GET /v1/batches/:id/stamps/:seq/qr.svg draws them (renderQrSvg: ECC M, four-module quiet zone,
 * size in mm at 0.33 mm a module); and the largest version and size among them.
 */
export async function benchQrSvgRendering(input: {
  urls: readonly string[];
  seconds: number;
}): Promise<ResultRow[]> {
  if (input.urls.length === 0) throw new Error('No stamp URLs to render.');
  const deadline = performance.now() + input.seconds * 1000;
  const start = performance.now();
  let rendered = 0;
  let bytes = 0;
  let largest = { version: 0, sizeMm: 0 };
  while (performance.now() < deadline) {
    const qr = await renderQrSvg(input.urls[rendered % input.urls.length] as string);
    bytes += qr.svg.length;
    if (qr.version > largest.version) largest = qr;
    rendered++;
  }
  const ms = performance.now() - start;
  const benchmark = 'QR SVG rendering';
  return [
    resultRow(benchmark, 'rate', (rendered / ms) * 1000, { unit: 'SVGs/s' }),
    resultRow(benchmark, 'mean time per SVG', ms / rendered, { unit: 'ms', digits: 2 }),
    resultRow(benchmark, 'mean SVG size', bytes / rendered, { unit: 'bytes' }),
    resultRow(benchmark, 'largest QR version (ECC M)', largest.version),
    resultRow(benchmark, 'its printed size at 0.33 mm a module', largest.sizeMm, { unit: 'mm', digits: 2 }),
  ];
}
