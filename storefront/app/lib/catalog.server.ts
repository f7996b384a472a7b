import { isUpstream } from './http-error';
import { store } from './medusa.server';
import type { ListingPage, ProductDetail, SellerDetail } from './types';

export interface ListingQuery {
  q?: string;
  sector?: string;
  product_group?: string;
  province?: string;
  commune?: string;
  seller?: string;
  /** The registry's product id (a scanned stamp names it). */
  registry_product_id?: string;
  stars?: number[];
  min_price?: number;
  max_price?: number;
  sort?: string;
  limit?: number;
  offset?: number;
  facets?: boolean;
}

export function listProducts(query: ListingQuery): Promise<ListingPage> {
  return store<ListingPage>('/store/ocop/products', {
    query: { ...query, stars: query.stars?.map(String), facets: query.facets ? 'true' : undefined },
  });
}

/** The product page's data, or null when it is not offered (e.g. its certificate lapsed). */
export async function productByHandle(handle: string): Promise<ProductDetail | null> {
  try {
    return (await store<{ product: ProductDetail }>(`/store/ocop/products/${encodeURIComponent(handle)}`))
      .product;
  } catch (error) {
    if (isUpstream(error, 404) || isUpstream(error, 400)) return null;
    throw error;
  }
}

export async function sellerByHandle(
  handle: string,
): Promise<{ seller: SellerDetail; product_count: number } | null> {
  try {
    return await store(`/store/ocop/sellers/${encodeURIComponent(handle)}`);
  } catch (error) {
    if (isUpstream(error, 404) || isUpstream(error, 400)) return null;
    throw error;
  }
}
