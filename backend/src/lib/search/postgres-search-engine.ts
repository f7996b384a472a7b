import type { Knex } from '@medusajs/framework/mikro-orm/knex';
import { OFFERED_LISTING_SQL } from '../../modules/catalog/offered-listing';
import { rankSearchHits, type SearchCandidate } from './rank-search-hits';
import type { SearchEngine } from './search-engine';
import { searchTokens } from './search-words';

/** How close a misspelt word must be to one of a listing's (pg_trgm word similarity). */
const FUZZY_THRESHOLD = 0.5;
/** Words shorter than this are not matched fuzzily: "ca" would be close to half the catalog. */
const FUZZY_MIN_LENGTH = 4;
const MAX_TOKENS = 10;
/** Candidates ranked in JavaScript; more than a shopper pages through. */
const MAX_CANDIDATES = 1000;

/**
 * Search inside PostgreSQL over the listing read model: the sync writes each listing's folded
 * words into `search_text` (no separate index to feed), matched with OR semantics by full text
 * (GIN on to_tsvector('simple', search_text)) and, for typos, by trigram word similarity (GIN
 * trigram index). The final order is decided by rankSearchHits.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly pg: Knex) {}

  async search(q: string, limit = MAX_CANDIDATES): Promise<string[]> {
    const tokens = searchTokens(q).slice(0, MAX_TOKENS);
    if (tokens.length === 0) return [];
    const folded = tokens.join(' ');
    // Tokens are letters and digits only, so they are safe tsquery terms; the last may be a prefix.
    const terms = tokens.map((t, i) => (i === tokens.length - 1 && t.length >= 2 ? `${t}:*` : t));
    const fuzzy = [folded, ...tokens.filter((t) => t.length >= FUZZY_MIN_LENGTH)];
    const sql = `
      select l.product_id, l.title, l.search_text, word_similarity(?, l.search_text) as similarity
      from ocop_listing l
      where ${OFFERED_LISTING_SQL}
        and (to_tsvector('simple', l.search_text) @@ (${terms.map(() => `to_tsquery('simple', ?)`).join(' || ')})
             or ${fuzzy.map(() => '? <% l.search_text').join(' or ')})
      order by similarity desc, l.id
      limit ?`;
    const rows = await this.pg.transaction(async (trx) => {
      // <% compares with this threshold (an operator, unlike a function call, can use the index).
      // The planner counts a trigram match as cheap as an equality, and would rather test every
      // row (over a second for 20,000 listings) than use the two GIN indexes (a tenth of that).
      await trx.raw(
        `set local pg_trgm.word_similarity_threshold = ${FUZZY_THRESHOLD}; set local enable_seqscan = off`,
      );
      const result = await trx.raw(sql, [folded, ...terms, ...fuzzy, MAX_CANDIDATES]);
      return result.rows as SearchCandidate[];
    });
    return rankSearchHits(q, rows).slice(0, limit);
  }

  /** Nothing to feed: catalog-sync writes search_text with the listing itself. */
  async index(): Promise<void> {}

  /** Nothing to forget: only offered rows (sellable, not deleted) are searched. */
  async remove(): Promise<void> {}
}
