import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { buildStampPath, createSerial, createStampKey, productCodePrimaryKey } from '@ocop/domain';
import { type ResultRow, resultRow } from './result-row';

/**
 * Serials and URLs per second, as GET /v1/stamp-issuances/:id/urls makes them for the printer:
 * an HMAC per stamp (createSerial) and its GS1 Digital Link path (buildStampPath).
 */
export function benchStampUrlGeneration(input: {
  publicBaseUrl: string;
  productCode: string;
  batchCode: string;
  count: number;
}): ResultRow[] {
  const key = createStampKey('A', randomBytes(32));
  const primaryKey = productCodePrimaryKey(input.productCode);
  let characters = 0;
  const start = performance.now();
  for (let seq = 0; seq < input.count; seq++) {
    const serial = createSerial({ primaryKey, batch: input.batchCode, seq }, key);
    const url = `${input.publicBaseUrl}${buildStampPath({ productCode: input.productCode, batch: input.batchCode, serial })}`;
    // Used, so the work cannot be optimised away.
    characters += url.length;
  }
  const seconds = (performance.now() - start) / 1000;
  if (characters === 0) throw new Error('No URLs were generated.');
  const benchmark = 'stamp URLs (serial + path)';
  return [
    resultRow(benchmark, `${input.count.toLocaleString('en-US')} URLs`, seconds, { unit: 's', digits: 2 }),
    resultRow(benchmark, 'rate', input.count / seconds, { unit: 'URLs/s' }),
  ];
}
