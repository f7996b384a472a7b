import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { shopError } from '../../../../../../lib/http/shop-error';
import { CATALOG_MODULE } from '../../../../../../modules/catalog';
import type CatalogModuleService from '../../../../../../modules/catalog/service';

interface SellerWithOptions {
  id: string;
  name: string;
  handle: string;
  shipping_options?: { id: string; name: string; prices?: { amount: number; currency_code: string }[] }[];
}

/** The cart's items grouped by producer, each with the delivery options that producer offers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data: carts } = await query.graph({
    entity: 'cart',
    fields: ['id', 'items.id', 'items.product_id', 'items.title', 'items.quantity', 'items.unit_price'],
    filters: { id: req.params.id as string },
  });
  const cart = carts[0] as
    | { items?: { id: string; product_id: string; title: string; quantity: number; unit_price: number }[] }
    | undefined;
  if (!cart) throw shopError('cart_not_found', 'Cart not found.');
  const items = cart.items ?? [];
  const listings = await req.scope
    .resolve<CatalogModuleService>(CATALOG_MODULE)
    .listListings({ product_id: [...new Set(items.map((i) => i.product_id))] });
  const sellerOf = new Map(listings.map((l) => [l.product_id, l.seller_id]));
  const sellerIds = [...new Set(listings.map((l) => l.seller_id))];
  const { data: sellers } = await query.graph({
    entity: 'seller',
    fields: [
      'id',
      'name',
      'handle',
      'shipping_options.id',
      'shipping_options.name',
      'shipping_options.prices.amount',
      'shipping_options.prices.currency_code',
    ],
    filters: { id: sellerIds },
  });
  res.json({
    groups: (sellers as unknown as SellerWithOptions[]).map((s) => ({
      seller: { id: s.id, name: s.name, handle: s.handle },
      items: items.filter((i) => sellerOf.get(i.product_id) === s.id).map((i) => i.id),
      shipping_options: (s.shipping_options ?? []).map((o) => ({
        id: o.id,
        name: o.name,
        amount: Number(
          o.prices?.find((p: { currency_code: string }) => p.currency_code === 'vnd')?.amount ?? 0,
        ),
      })),
    })),
  });
};
