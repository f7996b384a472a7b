// The shapes the marketplace backend's /store/ocop/* routes answer (backend/src/api/store/ocop).

export interface ListingProduct {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  price: number | null;
  stars: number | null;
  certificate_number: string | null;
  issuer_name: string | null;
  valid_until: string | null;
  certificate_status: string;
  sector: string | null;
  product_group: string | null;
  province: string | null;
  commune: string | null;
  seller_handle: string;
  seller_name: string;
}

export interface FacetValue<T = string> {
  value: T;
  count: number;
}

export interface Facets {
  sector: FacetValue[];
  product_group: FacetValue[];
  province: FacetValue[];
  commune: FacetValue[];
  stars: FacetValue<number>[];
  price: { min: number | null; max: number | null };
}

export interface ListingPage {
  products: ListingProduct[];
  count: number;
  limit: number;
  offset: number;
  facets?: Facets;
}

export interface ProducerInfo {
  legal_name: string;
  kind: string;
  address: string | null;
  province?: string | null;
  commune?: string | null;
}

export interface ProductDetail extends Omit<ListingProduct, 'seller_handle' | 'seller_name'> {
  subtitle: string | null;
  description: string | null;
  images: { url: string }[];
  variants: { id: string; title: string; sku: string | null; price: number; in_stock: boolean }[];
  issuing_level: string | null;
  certificate_issued_at: string | null;
  registry_product_id: string;
  seller: {
    id: string;
    handle: string;
    name: string;
    story: string | null;
    logo_url: string | null;
    province: string | null;
    commune: string | null;
  };
  producer: ProducerInfo | null;
  batch: {
    code: string;
    produced_at: string;
    best_before: string | null;
    standards: string[];
    raw_material_origin: string | null;
  } | null;
}

export interface SellerDetail {
  id: string;
  handle: string;
  name: string;
  story: string | null;
  logo_url: string | null;
  province: string | null;
  commune: string | null;
  producer: ProducerInfo | null;
}
