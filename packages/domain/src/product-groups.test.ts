import { describe, expect, it } from 'vitest';
import { findProductGroup, isProductGroupCode, PRODUCT_GROUPS, SECTORS } from './product-groups';

describe('SECTORS', () => {
  it('lists the six Decision 148 sectors', () => {
    expect(SECTORS.map((s) => s.code)).toEqual([
      'food',
      'beverages',
      'herbal',
      'handicrafts',
      'ornamental',
      'tourism',
    ]);
    expect(SECTORS.find((s) => s.code === 'food')?.vi).toBe('Thực phẩm');
    expect(SECTORS.find((s) => s.code === 'ornamental')?.vi).toBe('Sinh vật cảnh');
  });

  it('has Vietnamese and English names for every sector', () => {
    for (const s of SECTORS) {
      expect(s.vi.trim()).not.toBe('');
      expect(s.en.trim()).not.toBe('');
    }
  });
});

describe('PRODUCT_GROUPS', () => {
  it('has 17 groups with unique codes', () => {
    expect(PRODUCT_GROUPS).toHaveLength(17);
    expect(new Set(PRODUCT_GROUPS.map((g) => g.code)).size).toBe(17);
  });

  it('puts every group in one of the six sectors and leaves no sector empty', () => {
    const sectorCodes = new Set<string>(SECTORS.map((s) => s.code));
    for (const g of PRODUCT_GROUPS) expect(sectorCodes.has(g.sector)).toBe(true);
    for (const s of SECTORS) expect(PRODUCT_GROUPS.some((g) => g.sector === s.code)).toBe(true);
  });

  it('splits the groups across sectors as Decision 148 does', () => {
    const count = (sector: string) => PRODUCT_GROUPS.filter((g) => g.sector === sector).length;
    expect([
      count('food'),
      count('beverages'),
      count('herbal'),
      count('handicrafts'),
      count('ornamental'),
      count('tourism'),
    ]).toEqual([6, 2, 3, 2, 3, 1]);
  });

  it('makes only tourism unstampable', () => {
    for (const g of PRODUCT_GROUPS) expect(g.stampable).toBe(g.sector !== 'tourism');
  });

  it('has Vietnamese and English names for every group', () => {
    for (const g of PRODUCT_GROUPS) {
      expect(g.vi.trim()).not.toBe('');
      expect(g.en.trim()).not.toBe('');
    }
  });
});

describe('findProductGroup / isProductGroupCode', () => {
  it('finds a group by code', () => {
    expect(findProductGroup('tea')).toMatchObject({ sector: 'food', vi: 'Chè', stampable: true });
    expect(findProductGroup('community_tourism')?.stampable).toBe(false);
  });

  it.each(['', 'TEA', 'food', 'toString', '__proto__'])('knows nothing of %j', (code) => {
    expect(findProductGroup(code)).toBeUndefined();
    expect(isProductGroupCode(code)).toBe(false);
  });

  it('recognises every group code and rejects non-strings', () => {
    for (const g of PRODUCT_GROUPS) expect(isProductGroupCode(g.code)).toBe(true);
    expect(isProductGroupCode(undefined)).toBe(false);
    expect(isProductGroupCode(17)).toBe(false);
  });
});
