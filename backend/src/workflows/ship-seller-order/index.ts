import { createWorkflow, transform, WorkflowResponse, when } from '@medusajs/framework/workflows-sdk';
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from '@medusajs/medusa/core-flows';

export interface ShipSellerOrderInput {
  order_id: string;
  /** The shop's warehouse, used when the order is not packed yet. */
  location_id: string;
  items: { id: string; quantity: number }[];
  /** The fulfilment the order was packed into, or null to pack it now. */
  fulfillment_id: string | null;
  label: { tracking_number: string; tracking_url: string; label_url: string };
  by: string;
}

/**
 * Hands the parcel to the carrier: packs the order when it is not packed yet, then records the
 * shipment with its tracking number — one workflow, so a refused shipment also undoes the
 * packing it started (Medusa's fulfilment workflow compensates itself).
 */
export const shipSellerOrderWorkflow = createWorkflow(
  'ocop-ship-seller-order',
  (input: ShipSellerOrderInput) => {
    const packed = when('pack-first', { input }, ({ input: i }) => !i.fulfillment_id).then(() =>
      createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ input }, ({ input: i }) => ({
          order_id: i.order_id,
          location_id: i.location_id,
          items: i.items,
          created_by: i.by,
        })),
      }),
    );
    const shipment = transform({ input, packed }, ({ input: i, packed: p }) => ({
      order_id: i.order_id,
      fulfillment_id: (i.fulfillment_id ?? (p as { id: string } | undefined)?.id) as string,
      items: i.items,
      created_by: i.by,
      labels: [i.label],
    }));
    createOrderShipmentWorkflow.runAsStep({ input: shipment });
    return new WorkflowResponse(undefined);
  },
);
