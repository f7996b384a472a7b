import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANDLE_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it('drops tones and marks and writes đ as d, in either normal form', () => {
    expect(slugify('Đường thốt nốt Tri Tôn')).toBe('duong-thot-not-tri-ton');
    expect(slugify('MẮM CÁ LINH – Châu Đốc'.normalize('NFD'))).toBe('mam-ca-linh-chau-doc');
    expect(slugify('Trà  hoa vàng (Ba Chẽ) 100g')).toBe('tra-hoa-vang-ba-che-100g');
  });

  it('cuts at the limit without leaving a hyphen at the end', () => {
    expect(slugify('Nước mắm Phú Quốc', 9)).toBe('nuoc-mam');
    expect(slugify('Nước mắm Phú Quốc', 10)).toBe('nuoc-mam-p');
    expect(slugify('!!!')).toBe('');
  });

  it('always answers a valid handle or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const handle = slugify(s);
        expect(handle === '' || HANDLE_PATTERN.test(handle)).toBe(true);
        expect(handle.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
