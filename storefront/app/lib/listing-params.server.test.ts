import { describe, expect, it } from 'vitest';
import { parseListingParams } from './listing-params.server';

describe('parseListingParams', () => {
  it('reads filters, several star values and the page', () => {
    const p = parseListingParams(
      new URLSearchParams(
        'q=nuoc+mam&stars=4&stars=5&province=An+Giang&min_price=10000&page=2&sort=price_asc',
      ),
    );
    expect(p).toMatchObject({
      q: 'nuoc mam',
      stars: [4, 5],
      province: 'An Giang',
      min_price: 10000,
      page: 2,
    });
    expect(p.sort).toBe('price_asc');
  });

  it('drops malformed values instead of failing the page', () => {
    const p = parseListingParams(new URLSearchParams('stars=9&min_price=-5&sort=cheapest&page=zero'));
    expect(p).toEqual(
      expect.objectContaining({ stars: undefined, min_price: undefined, sort: undefined, page: 1 }),
    );
  });

  it('normalises the query to NFC (decomposed input from some keyboards)', () => {
    const decomposed = 'Mắm'.normalize('NFD');
    expect(parseListingParams(new URLSearchParams({ q: decomposed })).q).toBe('Mắm'.normalize('NFC'));
  });
});
