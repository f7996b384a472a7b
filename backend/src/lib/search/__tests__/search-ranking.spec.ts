import { rankSearchHits, type SearchCandidate } from '../rank-search-hits';
import type { SearchListing } from '../search-engine';
import { searchText } from '../search-text';
import { searchTokens } from '../search-words';

const listing = (title: string, more: Partial<SearchListing> = {}): SearchListing => ({
  product_id: title,
  title,
  handle: title,
  thumbnail: null,
  seller_handle: 'shop',
  seller_name: 'HTX',
  sector: 'food',
  product_group: 'processed_food',
  province: 'An Giang',
  commune: 'Xã Tri Tôn',
  stars: 4,
  min_price: 100_000,
  ...more,
});
const candidate = (title: string, more: Partial<SearchListing> = {}, similarity = 0): SearchCandidate => ({
  product_id: title,
  title,
  search_text: searchText(listing(title, more)),
  similarity,
});

describe('searchTokens', () => {
  it("folds with @ocop/domain's foldVietnamese, whatever the normal form, and splits at punctuation", () => {
    expect(searchTokens('Mắm cá linh Châu Đốc')).toEqual(['mam', 'ca', 'linh', 'chau', 'doc']);
    expect(searchTokens('ĐƯỜNG THỐT NỐT'.normalize('NFD'))).toEqual(['duong', 'thot', 'not']);
    expect(searchTokens('Nước mắm, nước-mắm  Phú Quốc!')).toEqual(['nuoc', 'mam', 'phu', 'quoc']);
  });
});

describe('searchText', () => {
  it('holds the title, shop, place and the sector and group names, folded', () => {
    expect(searchText(listing('Trà khổ qua', { product_group: 'tea', seller_name: 'Cơ sở Bảy Núi' }))).toBe(
      'tra kho qua co so bay nui an giang xa tri ton thuc pham food che tea',
    );
  });
});

describe('rankSearchHits', () => {
  it('puts the title with more query words first, wherever else the words appear', () => {
    const hits = [
      candidate('Nước mắm Phú Quốc', { commune: 'Phường Châu Đốc' }),
      candidate('Khô cá lóc'),
      candidate('Mắm cá linh Châu Đốc'),
    ];
    expect(rankSearchHits('nuoc mam chau doc', hits)).toEqual([
      'Mắm cá linh Châu Đốc',
      'Nước mắm Phú Quốc',
      'Khô cá lóc',
    ]);
  });

  it('puts the query as typed, accents included, before the same letters with other accents', () => {
    const hits = [candidate('Mầm cá lính'), candidate('Cá linh kho mắm'), candidate('Mắm cá linh Châu Đốc')];
    expect(rankSearchHits('mắm Cá Linh', hits)).toEqual([
      'Mắm cá linh Châu Đốc',
      'Mầm cá lính',
      'Cá linh kho mắm',
    ]);
  });

  it('matches the last word as a prefix, and falls back on similarity', () => {
    expect(rankSearchHits('khô cá l', [candidate('Cá khô'), candidate('Khô cá lóc')])).toEqual([
      'Khô cá lóc',
      'Cá khô',
    ]);
    const typo = [candidate('Trà khổ qua', {}, 0.2), candidate('Mắm cá linh Châu Đốc', {}, 0.7)];
    expect(rankSearchHits('chau dooc', typo)[0]).toBe('Mắm cá linh Châu Đốc');
  });
});
