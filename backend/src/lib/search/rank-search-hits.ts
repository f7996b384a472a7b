import { searchTokens, searchWords } from './search-words';

/** A listing the database found for a query, with what ranking needs. */
export interface SearchCandidate {
  product_id: string;
  title: string;
  /** The listing's folded words (see searchText). */
  search_text: string;
  /** Trigram word similarity of the folded query to search_text, 0–1. */
  similarity: number;
}

/**
 * Orders candidates best first, by in turn: the query as typed (accents included, case aside)
 * inside the title; the folded query as a phrase of the title; how many query words the title
 * has; how many the whole listing has (shop, place, group); trigram similarity, which is what
 * is left to a misspelt query. The last query word also matches as a prefix, as it may be half
 * typed.
 */
export function rankSearchHits(query: string, candidates: SearchCandidate[]): string[] {
  const tokens = searchTokens(query);
  const typed = lowerNfc(query);
  const phrase = ` ${tokens.join(' ')} `;
  const scored = candidates.map((c) => {
    const titleWords = searchWords(c.title);
    return {
      id: c.product_id,
      key: [
        typed && lowerNfc(c.title).includes(typed) ? 1 : 0,
        tokens.length > 0 && ` ${titleWords.join(' ')} `.includes(phrase) ? 1 : 0,
        matchedTokens(tokens, titleWords),
        matchedTokens(tokens, c.search_text.split(' ')),
        Number(c.similarity) || 0,
      ],
    };
  });
  // Array.prototype.sort is stable: equal keys keep the database's order.
  scored.sort((x, y) => {
    for (let i = 0; i < x.key.length; i++) {
      const d = (y.key[i] as number) - (x.key[i] as number);
      if (d !== 0) return d;
    }
    return 0;
  });
  return scored.map((s) => s.id);
}

function lowerNfc(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function matchedTokens(tokens: string[], words: string[]): number {
  const set = new Set(words);
  return tokens.filter((t, i) => {
    if (set.has(t)) return true;
    const last = i === tokens.length - 1;
    return last && t.length >= 2 && words.some((w) => w.startsWith(t));
  }).length;
}
