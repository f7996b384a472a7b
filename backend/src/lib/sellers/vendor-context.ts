import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { CATALOG_MODULE } from '../../modules/catalog';
import type CatalogModuleService from '../../modules/catalog/service';
import { shopError } from '../http/shop-error';

export interface VendorSeller {
  id: string;
  handle: string;
  name: string;
  status: string;
  registry_producer_id: string | null;
}

export type VendorRequest<B = unknown> = AuthenticatedMedusaRequest<B> & { seller: VendorSeller };

/**
 * The one place vendor routes learn who they serve: the signed-in member's shop. Routes read
 * `req.seller` and never take a shop id from the path, body or query.
 */
export async function attachSeller(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id;
  if (!actorId) throw shopError('not_signed_in', 'Sign in as a shop member.');
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'seller_member',
    fields: [
      'id',
      'seller.id',
      'seller.handle',
      'seller.name',
      'seller.status',
      'seller.registry_producer_id',
    ],
    filters: { id: actorId },
  });
  const seller = (data[0] as { seller?: VendorSeller } | undefined)?.seller;
  if (!seller) throw shopError('account_without_shop', 'This account has no shop.');
  (req as VendorRequest).seller = seller;
  next();
}

/** The shop's own product, or 404 (never 403: another shop's ids are not confirmed). */
export async function ownListing(req: VendorRequest, productId: string) {
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE);
  const [listing] = await catalog.listListings({ product_id: productId, seller_id: req.seller.id });
  if (!listing) throw shopError('product_not_found', 'Product not found.');
  return listing;
}

/**
 * The registry producer the shop claims or holds. Set by registration (a new producer's id comes
 * with the registry's answer to the claim), so a missing one means a half-registered shop.
 */
export function producerIdOf(seller: VendorSeller): string {
  if (!seller.registry_producer_id) {
    throw shopError('producer_not_claimed', 'The shop has not claimed a registry producer yet.');
  }
  return seller.registry_producer_id;
}
