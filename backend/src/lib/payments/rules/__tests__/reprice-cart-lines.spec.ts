import { repriceCartLines } from '../reprice-cart-lines';

const line = (id: string, variant_id: string, unit_price: number, extra = {}) => ({
  id,
  variant_id,
  title: `Mắm ${id}`,
  unit_price,
  ...extra,
});

describe('repriceCartLines', () => {
  it('moves a line to the current price and names the change (10.000 → 90.000 ₫)', () => {
    const prices: Record<string, number> = { v1: 90_000, v2: 55_000 };
    const result = repriceCartLines([line('a', 'v1', 10_000), line('b', 'v2', 55_000)], (v) => prices[v]);
    expect(result).toEqual({
      updates: [{ id: 'a', unit_price: 90_000 }],
      changes: [{ variant_id: 'v1', title: 'Mắm a', old_unit_price: 10_000, new_unit_price: 90_000 }],
    });
  });

  it('follows a price cut too', () => {
    const { changes } = repriceCartLines([line('a', 'v1', 125_000)], () => 119_000);
    expect(changes).toEqual([expect.objectContaining({ old_unit_price: 125_000, new_unit_price: 119_000 })]);
  });

  it('changes nothing when prices stand, a price was set by hand, or the variant has no price', () => {
    const lines = [
      line('a', 'v1', 10_000),
      line('b', 'v2', 20_000, { is_custom_price: true }),
      line('c', 'v3', 30_000),
    ];
    const prices: Record<string, number | null> = { v1: 10_000, v2: 99_000, v3: null };
    expect(repriceCartLines(lines, (v) => prices[v])).toEqual({ updates: [], changes: [] });
  });

  it('compares numbers, not their string form (BigNumber prices arrive as strings)', () => {
    const lines = [{ ...line('a', 'v1', 0), unit_price: '10000' as unknown as number }];
    expect(repriceCartLines(lines, () => 10_000).changes).toEqual([]);
  });
});
