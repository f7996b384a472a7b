import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { formatVnd } from '../lib/format';
import type { ListingProduct } from '../lib/types';
import { OcopBadge } from './ocop-badge';

export function ProductCard({ product, eager = false }: { product: ListingProduct; eager?: boolean }) {
  const { i18n } = useTranslation();
  const lng = i18n.language as Language;
  return (
    <li className="product-card">
      <Link to={`/san-pham/${product.handle}`} prefetch="intent" className="product-card-link">
        <div className="product-card-image">
          {product.thumbnail ? (
            <img
              src={product.thumbnail}
              alt=""
              width={400}
              height={400}
              loading={eager ? 'eager' : 'lazy'}
              decoding="async"
            />
          ) : null}
          <OcopBadge stars={product.stars} />
        </div>
        <div className="product-card-body">
          <h3 className="product-card-title">{product.title}</h3>
          <p className="product-card-origin">
            {product.seller_name}
            {product.province ? ` · ${product.province}` : ''}
          </p>
          {product.price !== null ? (
            <p className="price" lang={lng}>
              {formatVnd(product.price)}
            </p>
          ) : null}
        </div>
      </Link>
    </li>
  );
}

export function ProductGrid({ products, eager = 0 }: { products: ListingProduct[]; eager?: number }) {
  return (
    <ul className="product-grid">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} eager={i < eager} />
      ))}
    </ul>
  );
}
