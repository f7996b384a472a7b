import {
  BINDING_STATUSES,
  isBindingAction,
  nextSellerStatus,
  SELLER_ACTIONS,
  SELLER_STATUSES,
  sellerStatusForBinding,
  sellsNow,
} from '../seller-status';

describe('nextSellerStatus', () => {
  it('follows the lifecycle pending → approved ⇄ suspended → closed', () => {
    expect(nextSellerStatus('pending', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(nextSellerStatus('approved', 'suspend', 'Giấy phép hết hạn')).toEqual({
      ok: true,
      status: 'suspended',
    });
    expect(nextSellerStatus('suspended', 'reinstate')).toEqual({ ok: true, status: 'approved' });
    expect(nextSellerStatus('suspended', 'close', 'Ngừng kinh doanh')).toEqual({
      ok: true,
      status: 'closed',
    });
    expect(nextSellerStatus('pending', 'reject', 'Thiếu hồ sơ')).toEqual({ ok: true, status: 'rejected' });
  });

  it('needs a reason to reject, suspend or close', () => {
    for (const [from, action] of [
      ['pending', 'reject'],
      ['approved', 'suspend'],
      ['approved', 'close'],
    ] as const) {
      expect(nextSellerStatus(from, action, '  ').ok).toBe(false);
      expect(nextSellerStatus(from, action, null).ok).toBe(false);
    }
  });

  it('keeps rejected and closed final, and allows nothing else', () => {
    const allowed = new Set([
      'pending:approve',
      'pending:reject',
      'approved:suspend',
      'approved:close',
      'suspended:reinstate',
      'suspended:close',
    ]);
    for (const status of SELLER_STATUSES) {
      for (const action of SELLER_ACTIONS) {
        expect(nextSellerStatus(status, action, 'lý do').ok).toBe(allowed.has(`${status}:${action}`));
      }
    }
  });

  it('lets only approved shops sell', () => {
    expect(SELLER_STATUSES.filter(sellsNow)).toEqual(['approved']);
  });
});

describe('sellerStatusForBinding', () => {
  it('follows the registry binding: active sells, anything else does not', () => {
    expect(sellerStatusForBinding('pending', 'active')).toBe('approved');
    expect(sellerStatusForBinding('pending', 'rejected')).toBe('rejected');
    expect(sellerStatusForBinding('approved', 'suspended')).toBe('suspended');
    expect(sellerStatusForBinding('suspended', 'active')).toBe('approved');
    expect(sellerStatusForBinding('pending', 'pending')).toBe('pending');
  });

  it('never reopens a closed shop', () => {
    for (const binding of BINDING_STATUSES) expect(sellerStatusForBinding('closed', binding)).toBe('closed');
  });

  it('leaves only close to the marketplace', () => {
    expect(SELLER_ACTIONS.filter((a) => !isBindingAction(a))).toEqual(['close']);
  });
});
