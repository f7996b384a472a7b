import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { ORDER_PAYMENT_FIELDS, type OrderWithPayment, orderPayment } from '../payments/order-payment';

interface PlacedOrderRow extends OrderWithPayment {
  id: string;
  display_id: number;
  status: string;
  total: number;
  currency_code: string;
  created_at: string;
  metadata: { ocop_reference?: string; payment_method?: string } | null;
  seller?: { id: string; name: string; handle: string } | null;
}

/** The orders of one checkout as the shopper sees them: reference, total, shop, how to pay. */
export async function placedOrders(container: MedusaContainer, orderIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'display_id',
      'status',
      'total',
      'currency_code',
      'metadata',
      'created_at',
      'seller.id',
      'seller.name',
      'seller.handle',
      ...ORDER_PAYMENT_FIELDS,
    ],
    filters: { id: orderIds },
  });
  return (data as unknown as PlacedOrderRow[]).map((o) => {
    const payment = orderPayment(o);
    return {
      id: o.id,
      display_id: o.display_id,
      reference: o.metadata?.ocop_reference,
      status: o.status,
      total: Number(o.total),
      currency_code: o.currency_code,
      payment_method: o.metadata?.payment_method,
      // How to pay: the VietQR session's instructions (kept here for the storefront's page).
      vietqr: payment?.vietqr ?? null,
      payment: payment && {
        status: payment.status,
        amount: payment.amount,
        captured_at: payment.captured_at,
      },
      seller: o.seller ? { id: o.seller.id, name: o.seller.name, handle: o.seller.handle } : null,
      created_at: o.created_at,
    };
  });
}
