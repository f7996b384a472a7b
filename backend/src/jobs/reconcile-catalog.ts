import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { syncAllListings } from '../lib/catalog/catalog-sync';
import { ensureRegistrySubscription } from '../lib/registry/registry-subscription';

/**
 * Catches what webhooks missed (registry down, backend down, a certificate that simply ran
 * out): re-reads every listing from the registry, and renews the event subscription.
 */
export default async function reconcileCatalog(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  // Tests drive the reconciliation themselves, at moments they choose.
  if (process.env.OCOP_RECONCILE_DISABLED === 'true') return;
  try {
    await ensureRegistrySubscription();
    const r = await syncAllListings(container);
    if (r.listed.length || r.delisted.length) {
      logger.info(
        `OCOP catalog: ${r.synced} checked, ${r.listed.length} listed, ${r.delisted.length} delisted`,
      );
    }
  } catch (e) {
    logger.warn(`OCOP catalog reconciliation failed: ${(e as Error).message}`);
  }
}

export const config = { name: 'reconcile-ocop-catalog', schedule: '*/5 * * * *' };
