import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { MARKETPLACE_MODULE } from '../../modules/marketplace';
import type MarketplaceModuleService from '../../modules/marketplace/service';
import { shopError } from '../http/shop-error';
import { ORDER_REFERENCE_PATTERN } from '../orders/order-reference';
import { mayConfirmTransfer, type TransferParty } from './rules/confirm-transfer';

interface TransferOrderRow {
  id: string;
  status: string;
  total: number;
  created_at: string;
  metadata: Record<string, unknown> | null;
  seller?: { id: string; name: string } | null;
}

const FIELDS = ['id', 'status', 'total', 'created_at', 'metadata', 'seller.id', 'seller.name'];

/** What the operator sees of an order paid (or to be paid) by transfer. */
export function transferView(order: TransferOrderRow) {
  const m = order.metadata ?? {};
  return {
    order_id: order.id,
    reference: (m.ocop_reference as string | undefined) ?? null,
    seller: order.seller ? { id: order.seller.id, name: order.seller.name } : null,
    status: order.status,
    total: Number(order.total),
    created_at: order.created_at,
    transfer_confirmed_at: (m.transfer_confirmed_at as string | undefined) ?? null,
    transfer_amount: (m.transfer_amount as number | undefined) ?? null,
    bank_transaction_id: (m.bank_transaction_id as string | undefined) ?? null,
  };
}

/** The order a transfer note names (`OCOP…-n`), or 404. */
async function orderByReference(container: MedusaContainer, reference: string): Promise<TransferOrderRow> {
  const wanted = reference.trim().toUpperCase();
  if (!ORDER_REFERENCE_PATTERN.test(wanted)) {
    throw shopError('invalid_reference', 'A reference looks like OCOP7K2M9Q-1.');
  }
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const [group] = await marketplace.listOrderGroups(
    { reference: wanted.replace(/-\d+$/, '') },
    { select: ['id', 'order_ids', 'payment_method'], take: 1 },
  );
  const ids = (group?.order_ids as unknown as string[] | undefined) ?? [];
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
 * Records that a transfer arrived in the operator's account for the order its note names. The
 * rule (who, which orders, which amount) is `mayConfirmTransfer`; confirming the same statement
 * line twice keeps the first confirmation.
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
  const order = await orderByReference(container, input.reference);
  const metadata = order.metadata ?? {};
  const decision = mayConfirmTransfer(
    input.party,
    {
      payment_method: metadata.payment_method as string | undefined,
      status: order.status,
      total: Number(order.total),
      transfer_confirmed_at: metadata.transfer_confirmed_at as string | undefined,
      transfer_amount: metadata.transfer_amount as number | undefined,
    },
    { amount: input.amount },
  );
  if (!decision.ok) return { ok: false as const, code: decision.code, message: decision.message };
  if (!decision.alreadyConfirmed) {
    await container.resolve(Modules.ORDER).updateOrders(order.id, {
      metadata: {
        ...metadata,
        transfer_confirmed_at: new Date().toISOString(),
        transfer_confirmed_by: input.by,
        transfer_amount: input.amount,
        bank_transaction_id: input.bankTransactionId ?? null,
      },
    });
  }
  const [now] = await ordersById(container, [order.id]);
  return {
    ok: true as const,
    already_confirmed: decision.alreadyConfirmed,
    transfer: transferView(now as TransferOrderRow),
  };
}

/** VietQR orders, newest first: those still awaiting their transfer, or all of them. */
export async function listTransfers(
  container: MedusaContainer,
  options: { awaiting: boolean; limit: number; offset: number },
) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE);
  const groups = await marketplace.listOrderGroups(
    { payment_method: 'vietqr' },
    { select: ['order_ids'], order: { created_at: 'DESC' }, take: options.limit, skip: options.offset },
  );
  const ids = groups.flatMap((g) => (g.order_ids as unknown as string[] | null) ?? []);
  const orders = ids.length ? await ordersById(container, ids) : [];
  return orders
    .map(transferView)
    .filter((t) => !options.awaiting || (!t.transfer_confirmed_at && t.status !== 'canceled'))
    .sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
}
