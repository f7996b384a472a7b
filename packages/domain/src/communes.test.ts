import { describe, expect, it } from 'vitest';
import {
  CommuneCodeSchema,
  communeProblem,
  communesOfProvince,
  findCommune,
  findCommunesByName,
  listCommunes,
  resolveCommune,
} from './communes';
import { PROVINCE_NAMES } from './provinces';

describe('the communes of 1 July 2025', () => {
  it('holds 3,321 communes with unique five-digit codes in the 34 provinces PROVINCES names', () => {
    const all = listCommunes();
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
    expect(new Set(all.map((c) => c.province))).toEqual(new Set(PROVINCE_NAMES));
    expect(all.filter((c) => c.kind === 'dac_khu')).toHaveLength(13);
  });

  it('reads the kind from the full name, whatever its case ("xã Bắc Sơn" in the data set)', () => {
    expect(findCommune('06325')).toMatchObject({ fullName: 'xã Bắc Sơn', kind: 'xa' });
    expect(findCommune('31078')).toMatchObject({ fullName: 'Đặc khu Phú Quốc', kind: 'dac_khu' });
    expect(findCommune('31207')).toMatchObject({ fullName: 'Phường Thốt Nốt', kind: 'phuong' });
  });
});

describe('findCommune', () => {
  it('finds a commune by its official code, with its province', () => {
    expect(findCommune('30316')).toEqual({
      code: '30316',
      name: 'Châu Đốc',
      fullName: 'Phường Châu Đốc',
      kind: 'phuong',
      provinceCode: '91',
      province: 'An Giang',
    });
    expect(findCommune(' 00235 ')?.name).toBe('Đống Đa');
    expect(findCommune('99999')).toBeUndefined();
  });
});

describe('findCommunesByName', () => {
  it('matches without diacritics and with đ typed as d', () => {
    expect(findCommunesByName('chau doc').map((c) => c.code)).toEqual(['30316']);
    expect(findCommunesByName('DONG DA').map((c) => c.code)).toEqual(['00235']);
    expect(findCommunesByName('phuong dong da').map((c) => c.code)).toEqual(['00235']);
  });

  it('matches either tone-mark placement and either normal form (Hòa / Hoà)', () => {
    const codes = ['01654', '02353', '31393'];
    expect(findCommunesByName('Hoà An').map((c) => c.code)).toEqual(codes);
    expect(findCommunesByName('Hòa An').map((c) => c.code)).toEqual(codes);
    expect(findCommunesByName('Xã Hòa An'.normalize('NFD')).map((c) => c.code)).toEqual(codes);
    expect(findCommunesByName('Hòa An', 'Cần Thơ').map((c) => c.code)).toEqual(['31393']);
  });

  it('puts the exact spelling first when folding also matches other names', () => {
    // "Thạnh Xuân" (Cần Thơ) and "Thanh Xuân" (Hà Nội) both fold to "thanh xuan".
    expect(findCommunesByName('Thạnh Xuân').map((c) => c.code)).toEqual(['31360', '00367']);
    expect(findCommunesByName('Thanh Xuân').map((c) => c.code)).toEqual(['00367', '31360']);
    expect(findCommunesByName('thanh xuan').map((c) => c.code)).toEqual(['00367', '31360']);
    expect(findCommunesByName('nowhere')).toEqual([]);
  });
});

describe('communesOfProvince', () => {
  it('lists a province by name (folded) or by code', () => {
    expect(communesOfProvince('An Giang')).toHaveLength(102);
    expect(communesOfProvince('an giang')).toHaveLength(102);
    expect(communesOfProvince('91')).toHaveLength(102);
    expect(communesOfProvince('Khánh Hoà')).toEqual(communesOfProvince('Khánh Hòa'));
    expect(communesOfProvince('Kiên Giang')).toEqual([]);
  });
});

describe('communeProblem / CommuneCodeSchema', () => {
  it('accepts a real code, in its province', () => {
    expect(communeProblem('31078')).toBeNull();
    expect(communeProblem('31078', 'An Giang')).toBeNull();
    expect(CommuneCodeSchema.parse('31078')).toBe('31078');
  });

  it('says what is wrong otherwise', () => {
    expect(communeProblem('3107')).toBe('A commune code has five digits, got "3107"');
    expect(communeProblem('99999')).toBe('No commune has code 99999 (codes of 1 July 2025)');
    expect(communeProblem('31078', 'Cần Thơ')).toBe(
      'Commune 31078 (Đặc khu Phú Quốc) is in An Giang, not Cần Thơ',
    );
    expect(CommuneCodeSchema.safeParse('99999').error?.issues[0]?.message).toMatch(
      /No commune has code 99999/,
    );
  });
});

describe('resolveCommune', () => {
  it('takes a name typed without tones and stores the official one with its code', () => {
    const r = resolveCommune({ province: 'An Giang', name: 'phuong chau doc' });
    expect(r).toMatchObject({ ok: true, commune: { code: '30316', fullName: 'Phường Châu Đốc' } });
  });

  it('takes a code, and checks it against the name when both are given', () => {
    expect(resolveCommune({ province: 'An Giang', code: '31078' })).toMatchObject({
      ok: true,
      commune: { fullName: 'Đặc khu Phú Quốc' },
    });
    expect(resolveCommune({ province: 'An Giang', code: '31078', name: 'Phường Châu Đốc' })).toMatchObject({
      ok: false,
      code: 'unknown_commune',
    });
  });

  it('refuses a code of another province and a name that is only elsewhere, naming where it is', () => {
    const code = resolveCommune({ province: 'An Giang', code: '01654' });
    expect(code).toMatchObject({ ok: false, code: 'commune_not_in_province' });
    const name = resolveCommune({ province: 'An Giang', name: 'Hoà An' });
    expect(name).toMatchObject({ ok: false, code: 'commune_not_in_province' });
    expect(name.ok === false && name.message).toContain('Cao Bằng');
  });

  it('refuses a commune that is not on the 2025 list (the district-era "Xã Tịnh Biên" is a phường)', () => {
    expect(resolveCommune({ province: 'An Giang', name: 'Xã Tịnh Biên' })).toMatchObject({
      ok: false,
      code: 'unknown_commune',
    });
    expect(resolveCommune({ province: 'An Giang', code: '99999' })).toMatchObject({
      ok: false,
      code: 'unknown_commune',
    });
    expect(resolveCommune({ province: 'An Giang' })).toMatchObject({ ok: false, code: 'unknown_commune' });
  });

  it('finds no province with two communes of one name, so a name and a province are enough', () => {
    const seen = new Set<string>();
    const repeated = listCommunes().filter((c) => {
      const key = `${c.provinceCode}|${c.name.toLowerCase()}`;
      return seen.has(key) || !seen.add(key);
    });
    expect(repeated).toEqual([]);
  });
});
