/**
 * Who may say a VietQR transfer arrived, and when (issue 11). Shoppers pay into the marketplace
 * operator's account (VIETQR_* settings), so only the operator sees that account's statement:
 * a producer confirming would be confirming money it cannot see. Pure, so a later move of
 * checkout onto Medusa payment providers reuses it.
 */
const dong = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} ₫`;

export type TransferParty = 'operator' | 'seller' | 'customer' | 'official';

export interface TransferOrder {
  payment_method?: string | null;
  status: string;
  /** Integer đồng, what the shopper was asked to transfer. */
  total: number;
  transfer_confirmed_at?: string | null;
  transfer_amount?: number | null;
}

/** One line of the operator's bank statement. */
export interface ReceivedTransfer {
  /** Integer đồng credited. */
  amount: number;
}

export type TransferDecision =
  | { ok: true; alreadyConfirmed: boolean }
  | {
      ok: false;
      code: 'not_operator' | 'not_vietqr' | 'order_canceled' | 'amount_mismatch' | 'invalid_amount';
      message: string;
    };

export function mayConfirmTransfer(
  party: TransferParty,
  order: TransferOrder,
  received: ReceivedTransfer,
): TransferDecision {
  if (party !== 'operator') {
    return {
      ok: false,
      code: 'not_operator',
      message:
        "Transfers arrive in the marketplace operator's account; only the operator confirms them. The order shows its payment status.",
    };
  }
  if (order.payment_method !== 'vietqr') {
    return { ok: false, code: 'not_vietqr', message: 'Only VietQR orders are paid by bank transfer.' };
  }
  if (!Number.isSafeInteger(received.amount) || received.amount <= 0) {
    return { ok: false, code: 'invalid_amount', message: 'The amount is a whole number of đồng above 0.' };
  }
  if (order.transfer_confirmed_at) {
    // Confirming again with the same statement line changes nothing; another amount is a mistake.
    if (order.transfer_amount != null && order.transfer_amount !== received.amount) {
      return {
        ok: false,
        code: 'amount_mismatch',
        message: `This order's transfer was already confirmed for ${dong(order.transfer_amount)}.`,
      };
    }
    return { ok: true, alreadyConfirmed: true };
  }
  if (order.status === 'canceled') {
    return {
      ok: false,
      code: 'order_canceled',
      message: 'The order is canceled: the transfer is refunded, not confirmed.',
    };
  }
  if (received.amount !== order.total) {
    return {
      ok: false,
      code: 'amount_mismatch',
      message: `The order asks for ${dong(order.total)}; ${dong(received.amount)} arrived. Settle the difference with the shopper first.`,
    };
  }
  return { ok: true, alreadyConfirmed: false };
}
