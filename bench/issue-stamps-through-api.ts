import type { SeededShop } from './seed-shop';
import type { RunningRegistry } from './start-registry-server';

interface Issuance {
  id: string;
  status: 'running' | 'done' | 'failed';
  firstSeq: number | null;
  error: string | null;
}

const POLL_MS = 100;
const GIVE_UP_MS = 120_000;

/** Issues stamps as a seller would, waits for the background COPY, and returns the printed URLs. */
export async function issueStampsThroughApi(
  registry: RunningRegistry,
  shop: SeededShop,
  count: number,
): Promise<{ firstSeq: number; urls: string[] }> {
  const token = shop.sellerToken;
  const started = await registry.call<Issuance>('POST', `/v1/batches/${shop.batchId}/stamps`, {
    token,
    status: 202,
    body: { count },
  });
  const deadline = Date.now() + GIVE_UP_MS;
  let issuance = started;
  while (issuance.status === 'running') {
    if (Date.now() > deadline) throw new Error(`Issuing ${count} stamps took over ${GIVE_UP_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    issuance = await registry.call<Issuance>('GET', `/v1/stamp-issuances/${started.id}`, {
      token,
      status: 200,
    });
  }
  if (issuance.status !== 'done' || issuance.firstSeq === null) {
    throw new Error(`The stamp issuance failed: ${issuance.error ?? issuance.status}`);
  }
  const urls = (await registry.text(`/v1/stamp-issuances/${started.id}/urls`, token)).trim().split('\n');
  if (urls.length !== count) throw new Error(`Expected ${count} stamp URLs, got ${urls.length}.`);
  return { firstSeq: issuance.firstSeq, urls };
}
