import { orderPayment } from '../order-payment';

const collection = (payments: object[], session: Record<string, unknown> = {}) => ({
  payment_collections: [
    {
      id: 'pay_col_1',
      status: 'authorized',
      amount: '280000',
      payment_sessions: [{ id: 'payses_1', provider_id: 'pp_cod_ocop', status: 'authorized', data: session }],
      payments: payments as never,
    },
  ],
});
const payment = (fields: object) => ({
  id: 'pay_1',
  provider_id: 'pp_cod_ocop',
  amount: 280_000,
  captured_at: null,
  canceled_at: null,
  data: { method: 'cod' },
  ...fields,
});

describe("an order's payment as the shop and the operator see it", () => {
  it('has none for card orders and the demo past orders', () => {
    expect(orderPayment({ payment_collections: [] })).toBeNull();
    expect(orderPayment({})).toBeNull();
  });

  it('follows Medusa: authorised, captured, partly and wholly refunded, canceled', () => {
    expect(orderPayment(collection([payment({})]))?.status).toBe('authorized');
    const captured = payment({ captured_at: new Date('2026-12-06T03:00:00Z') });
    expect(orderPayment(collection([captured]))).toMatchObject({
      status: 'captured',
      captured_at: '2026-12-06T03:00:00.000Z',
      amount: 280_000,
      refunded: 0,
    });
    const part = { ...captured, refunds: [{ amount: '125000' }] };
    expect(orderPayment(collection([part]))).toMatchObject({
      status: 'partially_refunded',
      refunded: 125_000,
    });
    const all = { ...captured, refunds: [{ amount: 125_000 }, { amount: 155_000 }] };
    expect(orderPayment(collection([all]))?.status).toBe('refunded');
    expect(orderPayment(collection([payment({ canceled_at: '2026-12-06T04:00:00Z' })]))?.status).toBe(
      'canceled',
    );
  });

  it('waits for a VietQR transfer, shows its instructions, and reads canceled with the order', () => {
    const session = {
      method: 'vietqr',
      payload: '000201…',
      bank_bin: '970405',
      account_number: '1600205123456',
      account_name: 'CHO OCOP',
      amount: 280_000,
      note: 'OCOP7K2M9Q-1',
    };
    const waiting = orderPayment(collection([], session));
    expect(waiting).toMatchObject({ method: 'vietqr', status: 'awaiting_transfer', payment_id: null });
    const { method: _method, ...instructions } = session;
    expect(waiting?.vietqr).toEqual(instructions);
    expect(orderPayment({ status: 'canceled', ...collection([], session) })?.status).toBe('canceled');
  });
});
