import { describe, expect, it } from 'vitest';
import { currentProvinceOf, isProvince, PROVINCES } from './provinces';

describe('provinces', () => {
  it('has the 34 units formed from the 63 old provinces, each old one exactly once', () => {
    expect(PROVINCES).toHaveLength(34);
    const old = PROVINCES.flatMap((p) => p.formedFrom);
    expect(old).toHaveLength(63);
    expect(new Set(old).size).toBe(63);
  });

  it('maps legacy names to the merged province', () => {
    expect(currentProvinceOf('Kiên Giang')).toBe('An Giang');
    expect(currentProvinceOf('An Giang')).toBe('An Giang');
    expect(currentProvinceOf('Atlantis')).toBeUndefined();
  });

  it('accepts NFD spellings', () => {
    expect(isProvince('Cần Thơ'.normalize('NFD'))).toBe(true);
    expect(isProvince('Kiên Giang')).toBe(false);
  });
});
