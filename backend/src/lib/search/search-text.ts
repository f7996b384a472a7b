import { searchWords } from './fold-vietnamese';
import { PRODUCT_GROUP_LABELS, SECTOR_LABELS } from './listing-labels';
import type { SearchListing } from './search-engine';

/** The words a listing is found by, folded: title, shop, place, and its sector and group names. */
export function searchText(listing: SearchListing): string {
  const parts = [
    listing.title,
    listing.seller_name,
    listing.province,
    listing.commune,
    ...(SECTOR_LABELS[listing.sector ?? ''] ?? []),
    ...(PRODUCT_GROUP_LABELS[listing.product_group ?? ''] ?? []),
  ];
  return searchWords(parts.filter(Boolean).join(' ')).join(' ');
}
