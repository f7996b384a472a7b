import { rankSearchHits } from './rank-search-hits';
import type { SearchEngine, SearchListing } from './search-engine';
import { searchText } from './search-text';

/**
 * The client is loaded with import(): the package has CommonJS and ES module builds, but its
 * types describe only the latter, which TypeScript will not let this CommonJS file require.
 */
const loadMeilisearch = () => import('meilisearch');
type MeilisearchClient = InstanceType<Awaited<ReturnType<typeof loadMeilisearch>>['MeiliSearch']>;
type Settings = Parameters<ReturnType<MeilisearchClient['index']>['updateSettings']>[0];

export const MEILISEARCH_INDEX = 'ocop_listings';

/**
 * Meilisearch folds accents itself; `search_text` (the folded words, with the sector and group
 * names) is searchable last so that đ/d and the group names match as in PostgreSQL.
 */
export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'seller_name',
    'commune',
    'province',
    'product_group',
    'sector',
    'search_text',
  ],
  filterableAttributes: [
    'sector',
    'product_group',
    'province',
    'commune',
    'stars',
    'min_price',
    'seller_handle',
  ],
  // Vietnamese is written in short syllables: one typo from four letters ("dooc" for "doc"),
  // two from eight, none in numbers (weights, years).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnNumbers: true },
  // Tokenise names as Vietnamese (not guessed per document, which short titles get wrong).
  localizedAttributes: [
    { attributePatterns: ['title', 'seller_name', 'commune', 'province'], locales: ['vie'] },
  ],
};

const PAGE = 1000;

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  indexUid?: string;
  timeoutMs?: number;
}

/**
 * Search by a Meilisearch server (MEILISEARCH_HOST): one document per offered listing, keyed by
 * product id. Writes are enqueued, not awaited: Meilisearch applies them in order, and the
 * listing read model, not the index, decides what is offered.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly uid: string;
  private client: Promise<MeilisearchClient> | null = null;
  private prepared: Promise<void> | null = null;

  constructor(private readonly options: MeilisearchOptions) {
    this.uid = options.indexUid ?? MEILISEARCH_INDEX;
  }

  /**
   * Meilisearch finds and scores; the final order is the one both engines share
   * (rankSearchHits): the title as typed, accents included, first.
   */
  async search(q: string, limit = PAGE): Promise<string[]> {
    const query = q.normalize('NFC');
    const { hits } = await (await this.indexHandle()).search(query, {
      limit,
      attributesToRetrieve: ['product_id', 'title', 'search_text'],
      showRankingScore: true,
      locales: ['vie'],
    });
    return rankSearchHits(
      query,
      hits.map((h) => ({
        product_id: String(h.product_id),
        title: String(h.title ?? ''),
        search_text: String(h.search_text ?? ''),
        similarity: Number(h._rankingScore ?? 0),
      })),
    );
  }

  async index(listings: SearchListing[]): Promise<void> {
    if (listings.length === 0) return;
    await this.prepare();
    await (await this.indexHandle()).addDocuments(listings.map(toDocument), { primaryKey: 'product_id' });
  }

  async remove(productIds: string[]): Promise<void> {
    if (productIds.length === 0) return;
    await (await this.indexHandle()).deleteDocuments(productIds);
  }

  /** Upserts every offered listing, then deletes what else the index holds (missed removals). */
  async reindexAll(pages: AsyncIterable<SearchListing[]>): Promise<void> {
    const offered = new Set<string>();
    for await (const page of pages) {
      await this.index(page);
      for (const l of page) offered.add(l.product_id);
    }
    await this.prepare();
    const index = await this.indexHandle();
    const stale: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const { results } = await index.getDocuments<{ product_id: string }>({
        fields: ['product_id'],
        limit: PAGE,
        offset,
      });
      for (const d of results) if (!offered.has(String(d.product_id))) stale.push(String(d.product_id));
      if (results.length < PAGE) break;
    }
    await this.remove(stale);
  }

  /**
   * Creates the index with its primary key and applies the settings, once per process. Both are
   * tasks Meilisearch runs before the documents that follow; creating an existing index is a
   * task that fails harmlessly.
   */
  private prepare(): Promise<void> {
    this.prepared ??= (async () => {
      const client = await this.connect();
      await client.createIndex(this.uid, { primaryKey: 'product_id' });
      await client.index(this.uid).updateSettings(MEILISEARCH_SETTINGS);
    })().catch((e) => {
      this.prepared = null;
      throw e;
    });
    return this.prepared;
  }

  private connect(): Promise<MeilisearchClient> {
    this.client ??= loadMeilisearch().then(
      ({ MeiliSearch }) =>
        new MeiliSearch({
          host: this.options.host,
          apiKey: this.options.apiKey,
          timeout: this.options.timeoutMs ?? 5_000,
        }),
    );
    return this.client;
  }

  private async indexHandle() {
    return (await this.connect()).index(this.uid);
  }
}

function toDocument(l: SearchListing) {
  return { ...l, search_text: searchText(l) };
}
