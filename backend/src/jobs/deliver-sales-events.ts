import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { deliverSalesEvents } from '../lib/orders/sales-outbox';

/** Retries sales events the registry has not acknowledged yet (with backoff per event). */
export default async function deliverSalesEventsJob(container: MedusaContainer) {
  if (process.env.OCOP_OUTBOX_WORKER_DISABLED === 'true') return;
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  try {
    const r = await deliverSalesEvents(container);
    if (r.delivered || r.failed) {
      logger.info(`Sales events: ${r.delivered} delivered, ${r.retrying} to retry, ${r.failed} refused`);
    }
  } catch (e) {
    logger.warn(`Sales event delivery failed: ${(e as Error).message}`);
  }
}

export const config = { name: 'deliver-ocop-sales-events', schedule: '* * * * *' };
