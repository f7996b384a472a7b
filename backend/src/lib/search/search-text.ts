import { findProductGroup, SECTORS } from '@ocop/domain';
import type { SearchListing } from './search-engine';
import { searchWords } from './search-words';

/**
 * The words a listing is found by, folded: title, shop, place, and its sector's and group's
 * Vietnamese and English names, so "thực phẩm chế biến" or "tea" finds the listings of that group.
 */
export function searchText(listing: SearchListing): string {
  const sector = SECTORS.find((s) => s.code === listing.sector);
  const group = listing.product_group ? findProductGroup(listing.product_group) : undefined;
  const parts = [
    listing.title,
    listing.seller_name,
    listing.province,
    listing.commune,
    sector?.vi,
    sector?.en,
    group?.vi,
    group?.en,
  ];
  return searchWords(parts.filter(Boolean).join(' ')).join(' ');
}
