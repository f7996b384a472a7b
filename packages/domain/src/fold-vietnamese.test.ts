import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, toNfc } from './fold-vietnamese';

describe('toNfc', () => {
  it('composes decomposed text', () => {
    const nfd = 'Nước mắm'.normalize('NFD');
    expect(nfd).not.toBe('Nước mắm');
    expect(toNfc(nfd)).toBe('Nước mắm');
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nước mắm Châu Đốc', 'nuoc mam chau doc'],
    ['Đường thốt nốt', 'duong thot not'],
    ['Khô cá lóc', 'kho ca loc'],
    ['LỤA TÂN CHÂU', 'lua tan chau'],
    ['Mật ong rừng U Minh Thượng', 'mat ong rung u minh thuong'],
    ['  Gạo \t Bảy\u00a0Núi\n', 'gao bay nui'],
    ['đĐ', 'dd'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Nước mắm Châu Đốc'.normalize('NFD'))).toBe('nuoc mam chau doc');
    expect(foldVietnamese('Đường thốt nốt'.normalize('NFD'))).toBe('duong thot not');
  });

  it('lets a search without diacritics find the text with them', () => {
    expect(foldVietnamese('Nước mắm Phú Quốc').includes(foldVietnamese('nuoc mam'))).toBe(true);
  });

  it('is idempotent and ignores the normal form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldVietnamese(s);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(foldVietnamese(s.normalize('NFD'))).toBe(folded);
        expect(folded).not.toMatch(/\p{M}|đ|^\s|\s$|\s\s/u);
      }),
    );
  });
});
