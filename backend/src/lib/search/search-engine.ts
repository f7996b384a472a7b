import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { MeilisearchEngine } from './meilisearch-engine';
import { PostgresSearchEngine } from './postgres-search-engine';

/** What a search engine is told of an offered listing. */
export interface SearchListing {
  product_id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  seller_handle: string;
  seller_name: string;
  sector: string | null;
  product_group: string | null;
  province: string | null;
  commune: string | null;
  stars: number | null;
  min_price: number | null;
}

/**
 * Full-text search over the offered listings. The catalog sync keeps it up to date; the
 * listing route asks it for product ids and reads everything else from the read model.
 */
export interface SearchEngine {
  name: 'postgres' | 'meilisearch';
  /** Ids of offered products matching the query, best first. */
  search(q: string, limit?: number): Promise<string[]>;
  /** Adds or replaces these offered listings. */
  index(listings: SearchListing[]): Promise<void>;
  /** Forgets these products (no longer offered, or deleted). */
  remove(productIds: string[]): Promise<void>;
  /** Rebuilds the whole index from every offered listing, page by page. */
  reindexAll?(pages: AsyncIterable<SearchListing[]>): Promise<void>;
}

export interface SearchConfig {
  meilisearchHost: string | null;
  meilisearchApiKey: string | undefined;
}

export function searchConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SearchConfig {
  return { meilisearchHost: env.MEILISEARCH_HOST || null, meilisearchApiKey: env.MEILISEARCH_API_KEY };
}

let meilisearch: { host: string; engine: MeilisearchEngine } | null = null;

/**
 * Meilisearch when MEILISEARCH_HOST is set (one client per process), else PostgreSQL over the
 * listing read model, which needs nothing more than the catalog's own tables.
 */
export function searchEngine(
  container: MedusaContainer,
  config: SearchConfig = searchConfigFromEnv(),
): SearchEngine {
  const host = config.meilisearchHost;
  if (host) {
    if (meilisearch?.host !== host) {
      meilisearch = { host, engine: new MeilisearchEngine({ host, apiKey: config.meilisearchApiKey }) };
    }
    return meilisearch.engine;
  }
  return new PostgresSearchEngine(container.resolve(ContainerRegistrationKeys.PG_CONNECTION));
}

/**
 * Product ids for a shopper's query, best first. When Meilisearch fails, PostgreSQL answers
 * (logged): the sync keeps `search_text` up to date whichever engine is chosen.
 */
export async function searchProductIds(container: MedusaContainer, q: string): Promise<string[]> {
  const engine = searchEngine(container);
  if (engine.name === 'postgres') return engine.search(q);
  try {
    return await engine.search(q);
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`OCOP search (${engine.name}) failed, PostgreSQL answered: ${(e as Error).message}`);
    return new PostgresSearchEngine(container.resolve(ContainerRegistrationKeys.PG_CONNECTION)).search(q);
  }
}
