import { PaymentSessionStatus } from '@medusajs/framework/utils';
import { parseTlv } from '../../../lib/payments/vietqr';
import { CashOnDeliveryProvider } from '../cash-on-delivery';
import { VietQrProvider } from '../vietqr';

const account = { bankBin: '970405', accountNumber: '1600205123456', accountName: 'CONG TY CHO OCOP' };
const cradle = { logger: console };

describe('cash on delivery provider', () => {
  const cod = new CashOnDeliveryProvider(cradle, {});

  it('is authorised at once, captured when the carrier hands the cash over, and keeps each refund', async () => {
    const started = await cod.initiatePayment({
      amount: 280_000,
      currency_code: 'vnd',
      data: { reference: 'OCOP7K2M9Q-1' },
    });
    expect(started).toEqual({
      id: 'cod_OCOP7K2M9Q-1',
      data: { method: 'cod', reference: 'OCOP7K2M9Q-1', amount: 280_000 },
    });
    const authorised = await cod.authorizePayment({ data: started.data });
    expect(authorised.status).toBe(PaymentSessionStatus.AUTHORIZED);
    expect((await cod.getPaymentStatus({ data: authorised.data })).status).toBe(
      PaymentSessionStatus.AUTHORIZED,
    );
    const captured = await cod.capturePayment({ data: authorised.data });
    expect(captured.data?.collected_at).toEqual(expect.any(String));
    expect((await cod.getPaymentStatus({ data: captured.data })).status).toBe(PaymentSessionStatus.CAPTURED);
    const once = await cod.refundPayment({ data: captured.data, amount: 125_000 });
    const twice = await cod.refundPayment({ data: once.data, amount: 30_000 });
    expect(((twice.data ?? {}).refunds as { amount: number }[]).map((r) => r.amount)).toEqual([
      125_000, 30_000,
    ]);
  });

  it('refuses a session without the order reference', async () => {
    await expect(cod.initiatePayment({ amount: 1, currency_code: 'vnd', data: {} })).rejects.toThrow(
      /reference/,
    );
  });
});

describe('VietQR provider', () => {
  const vietqr = new VietQrProvider(cradle, { vietqr: account });
  const start = (amount: number) =>
    vietqr.initiatePayment({ amount, currency_code: 'vnd', data: { reference: 'OCOP7K2M9Q-2' } });

  it("holds the NAPAS payload for the order's own total and note, pending until a transfer is confirmed", async () => {
    const started = await start(95_000 + 30_000);
    expect(started.status).toBe(PaymentSessionStatus.PENDING);
    const fields = parseTlv(started.data?.payload as string);
    expect(fields.get('54')).toBe('125000');
    expect(started.data).toMatchObject({
      bank_bin: '970405',
      account_number: '1600205123456',
      amount: 125_000,
    });
    const waiting = await vietqr.authorizePayment({ data: started.data });
    expect(waiting.status).toBe(PaymentSessionStatus.PENDING);
  });

  it('is authorised only by a transfer of exactly the amount asked', async () => {
    const started = await start(125_000);
    const transfer = {
      bank_transaction_id: 'FT1',
      confirmed_by: 'user_1',
      confirmed_at: '2026-12-06T03:00:00.000Z',
    };
    await expect(
      vietqr.authorizePayment({
        data: started.data,
        context: { transfer: { ...transfer, amount: 124_000 } } as never,
      }),
    ).rejects.toThrow(/does not match/);
    const ok = await vietqr.authorizePayment({
      data: started.data,
      context: { transfer: { ...transfer, amount: 125_000 } } as never,
    });
    expect(ok.status).toBe(PaymentSessionStatus.AUTHORIZED);
    expect(ok.data?.transfer).toMatchObject({ amount: 125_000, bank_transaction_id: 'FT1' });
  });

  it('asks again for a changed amount, and is not offered without an account', async () => {
    const started = await start(125_000);
    const updated = await vietqr.updatePayment({
      data: started.data ?? {},
      amount: 155_000,
      currency_code: 'vnd',
    });
    expect(parseTlv(updated.data?.payload as string).get('54')).toBe('155000');
    const none = new VietQrProvider(cradle, { vietqr: null });
    await expect(
      none.initiatePayment({ amount: 1, currency_code: 'vnd', data: { reference: 'OCOP7K2M9Q-1' } }),
    ).rejects.toThrow(/not available/);
  });
});
