export const PAGE_SIZE = 24;
export const SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'stars'] as const;
