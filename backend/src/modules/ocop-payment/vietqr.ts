import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from '@medusajs/framework/types';
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from '@medusajs/framework/utils';
import { type VietQrAccount, vietQrPayload } from '../../lib/payments/vietqr';
import { dataOf, type PaymentData, referenceOf, refunded } from './payment-data';

export interface OcopPaymentOptions {
  /** The operator's account that receives VietQR transfers; without it VietQR is not offered. */
  vietqr?: VietQrAccount | null;
}

/** A bank-statement line the operator matched to an order (POST /admin/ocop/transfers). */
export interface ReceivedTransfer {
  amount: number;
  bank_transaction_id: string | null;
  confirmed_by: string;
  confirmed_at: string;
}

/**
 * VietQR bank transfer (`pp_vietqr_ocop`) into the operator's account. The session holds the
 * NAPAS payload for the order's own total and reference; it stays pending until the operator
 * confirms a statement line — then it is authorised with that transfer (the authorisation
 * context's `transfer`) and captured at once. A refund records money sent back.
 */
export class VietQrProvider extends AbstractPaymentProvider<OcopPaymentOptions> {
  static identifier = 'vietqr';

  /** Public: Medusa's is protected, and ModuleProvider needs a constructible class. */
  constructor(cradle: Record<string, unknown>, options: OcopPaymentOptions) {
    super(cradle, options);
  }

  private account(): VietQrAccount {
    const account = this.config?.vietqr;
    if (!account) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'VietQR transfer is not available.');
    }
    return account;
  }

  private instructions(reference: string, amount: number): PaymentData {
    const account = this.account();
    return {
      method: 'vietqr',
      reference,
      payload: vietQrPayload({ ...account, amount, note: reference }),
      bank_bin: account.bankBin,
      account_number: account.accountNumber,
      account_name: account.accountName,
      amount,
      note: reference,
    };
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = referenceOf(input.data);
    return {
      id: `vietqr_${reference}`,
      data: this.instructions(reference, Number(input.amount)),
      status: PaymentSessionStatus.PENDING,
    };
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = dataOf(input.data);
    const transfer = (input.context as { transfer?: ReceivedTransfer } | undefined)?.transfer;
    if (!transfer) return { status: PaymentSessionStatus.PENDING, data };
    if (transfer.amount !== data.amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The transfer of ${transfer.amount} đồng does not match the ${String(data.amount)} asked.`,
      );
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...data, transfer } };
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: dataOf(input.data) };
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: refunded(input.data, Number(input.amount)) };
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: dataOf(input.data) };
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: dataOf(input.data) };
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = dataOf(input.data);
    return { status: data.transfer ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING };
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: dataOf(input.data) };
  }

  /** A changed amount gets a new payload: the old QR would ask for the old total. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = dataOf(input.data);
    return { data: this.instructions(referenceOf(data), Number(input.amount)) };
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload['payload']): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED };
  }
}
