import { MedusaService } from '@medusajs/framework/utils';
import RegistryEventReceipt from './models/registry-event-receipt';

class RegistryInboxModuleService extends MedusaService({ RegistryEventReceipt }) {
  /**
   * Takes an event on, once: true for the first caller, false when it was taken on before (by
   * this process or another). The unique event id decides, so two deliveries racing each other
   * cannot both win.
   */
  async takeOnEvent(eventId: string, topic: string): Promise<boolean> {
    try {
      await this.createRegistryEventReceipts({ event_id: eventId, topic });
      return true;
    } catch (e) {
      const [existing] = await this.listRegistryEventReceipts({ event_id: eventId });
      if (existing) return false;
      throw e;
    }
  }

  /** Forgets an event whose processing failed, so the registry's retry is processed. */
  async releaseEvent(eventId: string): Promise<void> {
    const receipts = await this.listRegistryEventReceipts({ event_id: eventId });
    if (receipts.length > 0) await this.deleteRegistryEventReceipts(receipts.map((r) => r.id));
  }
}

export default RegistryInboxModuleService;
