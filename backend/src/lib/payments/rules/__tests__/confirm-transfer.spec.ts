import { mayConfirmTransfer, type TransferOrder } from '../confirm-transfer';

const order: TransferOrder = { payment_method: 'vietqr', status: 'pending', total: 155_000 };

describe('mayConfirmTransfer', () => {
  it('lets only the operator, who holds the receiving account, confirm', () => {
    expect(mayConfirmTransfer('operator', order, { amount: 155_000 })).toEqual({
      ok: true,
      alreadyConfirmed: false,
    });
    for (const party of ['seller', 'customer', 'official'] as const) {
      expect(mayConfirmTransfer(party, order, { amount: 155_000 })).toMatchObject({
        ok: false,
        code: 'not_operator',
      });
    }
  });

  it('confirms the exact amount only, in whole đồng', () => {
    expect(mayConfirmTransfer('operator', order, { amount: 150_000 })).toMatchObject({
      code: 'amount_mismatch',
    });
    expect(mayConfirmTransfer('operator', order, { amount: 160_000 })).toMatchObject({
      code: 'amount_mismatch',
    });
    for (const amount of [0, -1, 1.5, Number.NaN, 2 ** 53]) {
      expect(mayConfirmTransfer('operator', order, { amount })).toMatchObject({ code: 'invalid_amount' });
    }
  });

  it('refuses orders not paid by transfer and canceled ones', () => {
    expect(
      mayConfirmTransfer('operator', { ...order, payment_method: 'cod' }, { amount: 155_000 }),
    ).toMatchObject({ code: 'not_vietqr' });
    expect(
      mayConfirmTransfer('operator', { ...order, status: 'canceled' }, { amount: 155_000 }),
    ).toMatchObject({
      code: 'order_canceled',
    });
  });

  it('is idempotent for the same statement line and refuses a different amount afterwards', () => {
    const confirmed = { ...order, transfer_confirmed_at: '2026-12-03T01:00:00Z', transfer_amount: 155_000 };
    expect(mayConfirmTransfer('operator', confirmed, { amount: 155_000 })).toEqual({
      ok: true,
      alreadyConfirmed: true,
    });
    expect(mayConfirmTransfer('operator', confirmed, { amount: 1 })).toMatchObject({
      code: 'amount_mismatch',
    });
  });
});
