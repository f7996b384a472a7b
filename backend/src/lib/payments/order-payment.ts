/**
 * An order's payment as Medusa's Payment Module holds it: the collection linked to the order,
 * its session (what the shopper was asked) and its payment (authorised, captured, refunded).
 * Cash on delivery and VietQR are the `ocop` module's providers (src/modules/ocop-payment).
 */
export const OCOP_PAYMENT_PROVIDERS = { cod: 'pp_cod_ocop', vietqr: 'pp_vietqr_ocop' } as const;

/** The fields `orderPayment` reads, for query.graph on `order`. */
export const ORDER_PAYMENT_FIELDS = [
  'payment_collections.id',
  'payment_collections.status',
  'payment_collections.amount',
  'payment_collections.payment_sessions.id',
  'payment_collections.payment_sessions.provider_id',
  'payment_collections.payment_sessions.status',
  'payment_collections.payment_sessions.data',
  'payment_collections.payments.id',
  'payment_collections.payments.provider_id',
  'payment_collections.payments.amount',
  'payment_collections.payments.captured_at',
  'payment_collections.payments.canceled_at',
  'payment_collections.payments.data',
  'payment_collections.payments.refunds.amount',
];

interface PaymentRow {
  id: string;
  provider_id: string;
  amount: number | string;
  captured_at: string | Date | null;
  canceled_at: string | Date | null;
  data: Record<string, unknown> | null;
  refunds?: { amount: number | string }[] | null;
}

export interface OrderWithPayment {
  status?: string;
  metadata?: Record<string, unknown> | null;
  payment_collections?:
    | {
        id: string;
        status: string;
        amount: number | string;
        payment_sessions?:
          | { id: string; provider_id: string; status: string; data: Record<string, unknown> | null }[]
          | null;
        payments?: PaymentRow[] | null;
      }[]
    | null;
}

export type OrderPaymentStatus =
  | 'awaiting_transfer'
  | 'authorized'
  | 'captured'
  | 'partially_refunded'
  | 'refunded'
  | 'canceled';

export interface VietQrInstructions {
  payload: string;
  bank_bin: string;
  account_number: string;
  account_name: string;
  amount: number;
  note: string;
}

export interface OrderPaymentView {
  method: string | null;
  status: OrderPaymentStatus;
  /** Integer đồng asked. */
  amount: number;
  captured_at: string | null;
  /** Integer đồng handed back so far. */
  refunded: number;
  payment_collection_id: string;
  payment_session_id: string | null;
  payment_id: string | null;
  /** The transfer the operator confirmed, for VietQR. */
  transfer: { amount: number; bank_transaction_id: string | null; confirmed_at: string } | null;
  /** What the shopper's banking app needs, for VietQR. */
  vietqr: VietQrInstructions | null;
}

const iso = (d: string | Date | null | undefined) =>
  d == null ? null : typeof d === 'string' ? d : d.toISOString();

function statusOf(
  payment: PaymentRow | undefined,
  refunded: number,
  orderStatus: string | undefined,
): OrderPaymentStatus {
  if (!payment) return orderStatus === 'canceled' ? 'canceled' : 'awaiting_transfer';
  if (payment.canceled_at) return 'canceled';
  if (!payment.captured_at) return 'authorized';
  if (refunded <= 0) return 'captured';
  return refunded >= Number(payment.amount) ? 'refunded' : 'partially_refunded';
}

/**
 * The order's own payment (cash on delivery or VietQR), or null: card orders share the
 * checkout's one collection, and the demo's past orders have none.
 */
export function orderPayment(order: OrderWithPayment): OrderPaymentView | null {
  const collection = (order.payment_collections ?? [])[0];
  if (!collection) return null;
  const session = (collection.payment_sessions ?? [])[0];
  const payment = (collection.payments ?? [])[0];
  const refunded = (payment?.refunds ?? []).reduce((n, r) => n + Number(r.amount), 0);
  const data = (payment?.data ?? session?.data ?? {}) as Record<string, unknown>;
  const transfer = data.transfer as OrderPaymentView['transfer'] | undefined;
  const method = (data.method as string | undefined) ?? (order.metadata?.payment_method as string) ?? null;
  return {
    method,
    status: statusOf(payment, refunded, order.status),
    amount: Number(collection.amount),
    captured_at: iso(payment?.captured_at),
    refunded,
    payment_collection_id: collection.id,
    payment_session_id: session?.id ?? null,
    payment_id: payment?.id ?? null,
    transfer: transfer
      ? {
          amount: transfer.amount,
          bank_transaction_id: transfer.bank_transaction_id ?? null,
          confirmed_at: transfer.confirmed_at,
        }
      : null,
    vietqr:
      method === 'vietqr' && typeof data.payload === 'string'
        ? {
            payload: data.payload,
            bank_bin: String(data.bank_bin),
            account_number: String(data.account_number),
            account_name: String(data.account_name),
            amount: Number(data.amount),
            note: String(data.note),
          }
        : null,
  };
}
