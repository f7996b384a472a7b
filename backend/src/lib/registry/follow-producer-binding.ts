import type { MedusaContainer } from '@medusajs/framework/types';
import { SELLER_MODULE } from '../../modules/seller';
import type SellerModuleService from '../../modules/seller/service';
import { syncSellerListings } from '../catalog/catalog-sync';
import { ensureSellerLogistics } from '../sellers/marketplace';
import type { RegistryBinding } from './registry-client';

/**
 * Makes the shop's status what its registry binding says, then lists or de-lists its products.
 * Called by the operator's decision at once and by the registry's webhook later: whichever
 * comes second finds nothing to change.
 */
export async function followProducerBinding(container: MedusaContainer, binding: RegistryBinding) {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE);
  const [known] = await sellers.listSellers({ id: binding.accountId });
  if (!known) return { seller: null, changed: false, listed: 0, delisted: 0 };
  const { seller, changed } = await sellers.followBinding(known.id, binding);
  if (!changed) return { seller, changed, listed: 0, delisted: 0 };
  if (seller.status === 'approved') await ensureSellerLogistics(container, seller.id);
  const sync = await syncSellerListings(container, seller.id);
  return { seller, changed, listed: sync.listed.length, delisted: sync.delisted.length };
}
