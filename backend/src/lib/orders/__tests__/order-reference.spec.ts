import { ORDER_REFERENCE_PATTERN, orderGroupReference, orderReference } from '../order-reference';

describe('order references', () => {
  it('are distinct for 200,000 consecutive checkouts (the old 24-bit hash collided after ~5,000)', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 200_000; n++) seen.add(orderGroupReference(n));
    expect(seen.size).toBe(200_000);
  });

  it('are distinct around the top of the scrambled range and past it', () => {
    const numbers = [2 ** 30 - 2, 2 ** 30 - 1, 2 ** 30, 2 ** 30 + 1, 2 ** 40];
    const refs = numbers.map(orderGroupReference);
    expect(new Set(refs).size).toBe(numbers.length);
  });

  it('are short, unambiguous and typeable: OCOP + 6 base32 characters + the order number', () => {
    const ref = orderReference(orderGroupReference(42), 1);
    expect(ref).toMatch(ORDER_REFERENCE_PATTERN);
    expect(ref).toHaveLength(12);
    expect(ref.slice(4, 10)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(orderGroupReference(1)).not.toBe(orderGroupReference(2));
    expect(orderGroupReference(7)).toBe(orderGroupReference(7));
  });

  it('refuses a number that did not come from the sequence', () => {
    expect(() => orderGroupReference(0)).toThrow(RangeError);
    expect(() => orderGroupReference(1.5)).toThrow(RangeError);
  });
});
