import type { Logger } from '@medusajs/framework/types';
import { TtlCache } from '../ttl-cache';
import {
  type RegistryBatch,
  type RegistryClient,
  type RegistryProducer,
  registryClient,
} from './registry-client';

/** A product page waits this long for the registry, then shows the page without its facts. */
const REGISTRY_TIMEOUT_MS = 1_500;
const CACHE_TTL_MS = 60_000;

export interface ProducerFacts {
  legal_name: string;
  kind: RegistryProducer['kind'];
  address: string | null;
  province: string;
  commune: string;
}

export interface BatchFacts {
  code: string;
  produced_at: string;
  best_before: string | null;
  standards: string[];
  raw_material_origin: string | null;
}

/**
 * What the storefront shows from the registry beside a product or a shop: the producer and the
 * most recent batch. Answers are kept for a minute in this process; an unreachable or failing
 * registry gives null (logged), also kept for a minute so that pages stay fast during an outage.
 */
export class RegistryFacts {
  private readonly producers = new TtlCache<ProducerFacts | null>(CACHE_TTL_MS);
  private readonly batches = new TtlCache<BatchFacts | null>(CACHE_TTL_MS);

  constructor(
    private readonly client: RegistryClient = registryClient(),
    private readonly timeoutMs = REGISTRY_TIMEOUT_MS,
  ) {}

  producer(producerId: string, logger?: Logger): Promise<ProducerFacts | null> {
    return this.producers.get(producerId, () =>
      this.client.producer(producerId, this.timeoutMs).then(
        (p) => (p ? producerFacts(p) : null),
        (e) => nothing(logger, `producer ${producerId}`, e),
      ),
    );
  }

  latestBatch(registryProductId: string, logger?: Logger): Promise<BatchFacts | null> {
    return this.batches.get(registryProductId, () =>
      this.client.batches(registryProductId, this.timeoutMs).then(
        (list) => {
          const latest = latestBatch(list);
          return latest ? batchFacts(latest) : null;
        },
        (e) => nothing(logger, `batches of ${registryProductId}`, e),
      ),
    );
  }
}

export function latestBatch(batches: RegistryBatch[]): RegistryBatch | null {
  let latest: RegistryBatch | null = null;
  for (const b of batches) {
    if (!latest || Date.parse(b.producedAt) > Date.parse(latest.producedAt)) latest = b;
  }
  return latest;
}

function producerFacts(p: RegistryProducer): ProducerFacts {
  return {
    legal_name: p.legalName,
    kind: p.kind,
    address: p.addressLine,
    province: p.province,
    commune: p.commune,
  };
}

function batchFacts(b: RegistryBatch): BatchFacts {
  return {
    code: b.code,
    produced_at: b.producedAt,
    best_before: b.bestBefore,
    standards: b.standards,
    raw_material_origin: b.rawMaterialOrigin,
  };
}

function nothing(logger: Logger | undefined, what: string, e: unknown): null {
  logger?.warn(`OCOP registry: ${what} not shown: ${(e as Error).message}`);
  return null;
}

let shared: RegistryFacts | null = null;
/** One cache per process. */
export function registryFacts(): RegistryFacts {
  shared ??= new RegistryFacts();
  return shared;
}
