import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import type { ReceivedTransfer } from '../../modules/ocop-payment/vietqr';
import { confirmTransferWorkflow } from '../../workflows/confirm-transfer';
import { shopError } from '../http/shop-error';
import { orderGroupsWithOrders } from '../orders/order-groups';
import { ORDER_REFERENCE_PATTERN } from '../orders/order-reference';
import { ORDER_PAYMENT_FIELDS, type OrderWithPayment, orderPayment } from './order-payment';
import { mayConfirmTransfer, type TransferParty } from './rules/confirm-transfer';

interface TransferOrderRow extends OrderWithPayment {
  id: string;
  status: string;
  total: number;
  created_at: string;
  metadata: Record<string, unknown> | null;
  seller?: { id: string; name: string } | null;
}

const FIELDS = [
  'id',
  'status',
  'total',
  'created_at',
  'metadata',
  'seller.id',
  'seller.name',
  ...ORDER_PAYMENT_FIELDS,
];

/** What the operator sees of an order paid (or to be paid) by transfer. */
export function transferView(order: TransferOrderRow) {
  const m = order.metadata ?? {};
  const payment = orderPayment(order);
  return {
    order_id: order.id,
    reference: (m.ocop_reference as string | undefined) ?? null,
    seller: order.seller ? { id: order.seller.id, name: order.seller.name } : null,
    status: order.status,
    total: Number(order.total),
    created_at: order.created_at,
    payment_status: payment?.status ?? null,
    transfer_confirmed_at: payment?.transfer?.confirmed_at ?? null,
    transfer_amount: payment?.transfer?.amount ?? null,
    bank_transaction_id: payment?.transfer?.bank_transaction_id ?? null,
  };
}

/** The order a transfer note names (`OCOP…-n`), or 404. */
async function orderByReference(container: MedusaContainer, reference: string): Promise<TransferOrderRow> {
  const wanted = reference.trim().toUpperCase();
  if (!ORDER_REFERENCE_PATTERN.test(wanted)) {
    throw shopError('invalid_reference', 'A reference looks like OCOP7K2M9Q-1.');
  }
  const [group] = await orderGroupsWithOrders(
    container,
    { reference: wanted.replace(/-\d+$/, '') },
    { take: 1 },
  );
  const ids = group?.order_ids ?? [];
  const orders = ids.length ? await ordersById(container, ids) : [];
  const order = orders.find((o) => o.metadata?.ocop_reference === wanted);
  if (!order) throw shopError('order_not_found', `No order has the reference ${wanted}.`);
  return order;
}

async function ordersById(container: MedusaContainer, ids: string[]): Promise<TransferOrderRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity: 'order', fields: FIELDS, filters: { id: ids } });
  return data as unknown as TransferOrderRow[];
}

/**
 * Records that a transfer arrived in the operator's account for the order its note names: the
 * order's VietQR payment is authorised with it and captured (confirmTransferWorkflow). The
 * rule (who, which orders, which amount) is `mayConfirmTransfer`; confirming the same statement
 * line twice keeps the first confirmation. One confirmation of an order at a time, across
 * processes (locking-redis in production).
 */
export async function confirmTransfer(
  container: MedusaContainer,
  input: {
    party: TransferParty;
    by: string;
    reference: string;
    amount: number;
    bankTransactionId?: string | null;
  },
) {
  const found = await orderByReference(container, input.reference);
  return container.resolve(Modules.LOCKING).execute(
    `ocop:transfer:${found.id}`,
    async () => {
      const [order] = await ordersById(container, [found.id]);
      if (!order) throw shopError('order_not_found', `No order has the reference ${input.reference}.`);
      const payment = orderPayment(order);
      const decision = mayConfirmTransfer(
        input.party,
        {
          payment_method: order.metadata?.payment_method as string | undefined,
          status: order.status,
          total: payment?.amount ?? Number(order.total),
          transfer_confirmed_at: payment?.transfer?.confirmed_at,
          transfer_amount: payment?.transfer?.amount,
        },
        { amount: input.amount },
      );
      if (!decision.ok) return { ok: false as const, code: decision.code, message: decision.message };
      if (!payment?.payment_session_id) {
        return {
          ok: false as const,
          code: 'payment_missing' as const,
          message:
            'This order has no VietQR payment to confirm (it was placed before payments were recorded).',
        };
      }
      if (!decision.alreadyConfirmed) {
        const transfer: ReceivedTransfer = {
          amount: input.amount,
          bank_transaction_id: input.bankTransactionId ?? null,
          confirmed_by: input.by,
          confirmed_at: new Date().toISOString(),
        };
        await confirmTransferWorkflow(container).run({
          input: { payment_session_id: payment.payment_session_id, transfer, captured_by: input.by },
        });
      }
      const [now] = await ordersById(container, [order.id]);
      return {
        ok: true as const,
        already_confirmed: decision.alreadyConfirmed,
        transfer: transferView(now as TransferOrderRow),
      };
    },
    { timeout: 10 },
  );
}

/** VietQR orders, newest first: those still awaiting their transfer, or all of them. */
export async function listTransfers(
  container: MedusaContainer,
  options: { awaiting: boolean; limit: number; offset: number },
) {
  const groups = await orderGroupsWithOrders(
    container,
    { payment_method: 'vietqr' },
    { take: options.limit, skip: options.offset },
  );
  const ids = groups.flatMap((g) => g.order_ids);
  const orders = ids.length ? await ordersById(container, ids) : [];
  return orders
    .map(transferView)
    .filter((t) => !options.awaiting || (!t.transfer_confirmed_at && t.status !== 'canceled'))
    .sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
}
