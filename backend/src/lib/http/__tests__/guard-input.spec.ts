import { badInputOf, findBadInput, MAX_JSON_DEPTH } from '../guard-input';

const deep = (levels: number) => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

describe('findBadInput', () => {
  it('finds a NUL or a lone surrogate in values and keys, however deep', () => {
    expect(findBadInput({ a: { b: ['ok', 'bad\u0000'] } }, 'body')).toEqual({
      type: 'invalid_text',
      where: 'body',
    });
    expect(findBadInput({ 'k\uD800': 1 }, 'body')).toEqual({ type: 'invalid_text', where: 'body' });
    expect(findBadInput('\uDC00 alone', 'query')).toEqual({ type: 'invalid_text', where: 'query' });
  });

  it('lets Vietnamese text and paired surrogates (emoji) through', () => {
    expect(findBadInput({ title: 'Nước mắm Châu Đốc 🐟', n: 1, ok: true, none: null }, 'body')).toBeNull();
  });

  it('refuses nesting past the limit without overflowing its own stack', () => {
    expect(findBadInput(deep(MAX_JSON_DEPTH - 1), 'body')).toBeNull();
    expect(findBadInput(deep(MAX_JSON_DEPTH + 1), 'body')).toEqual({ type: 'too_deep', where: 'body' });
    expect(findBadInput(deep(200_000), 'body')).toEqual({ type: 'too_deep', where: 'body' });
  });
});

describe('badInputOf', () => {
  it('refuses a path that does not decode (%C0%AE) or decodes to a NUL', () => {
    expect(badInputOf({ path: '/vendor/products/%C0%AE', query: {}, body: undefined })?.type).toBe(
      'invalid_path',
    );
    expect(badInputOf({ path: '/vendor/products/a%00b', query: {}, body: undefined })?.type).toBe(
      'invalid_text',
    );
    expect(
      badInputOf({ path: '/store/ocop/products/mam-ca-linh', query: { q: 'mắm' }, body: {} }),
    ).toBeNull();
  });
});
