import { createSerialV2, createStampKey, typedStampCode } from '@ocop/domain';
import { describe, expect, it } from 'vitest';
import { readTypedCode } from './read-typed-code.server';

const key = createStampKey('B', new Uint8Array(32).fill(3));
const serial = createSerialV2({ primaryKey: 'ocop:AG0001', batch: 'LOT-26.01', seq: 7 }, key);
const path = `/OCOP/AG0001/LOT-26.01/${serial}`;
const printed = typedStampCode({ productCode: 'AG0001', batch: 'LOT-26.01', serial });

describe('readTypedCode (decision 016)', () => {
  it('reads the printed line in any case, with or without dashes and spaces', () => {
    for (const typed of [
      printed,
      printed.toLowerCase(),
      `AG0001/LOT-26.01/${printed.split('/')[2]?.replaceAll('-', '')}`,
      `  ag0001 / lot-26.01 / ${printed.split('/')[2]?.replaceAll('-', ' ')}  `,
      `AG0001 LOT-26.01 ${printed.split('/')[2]?.replaceAll('-', ' ')}`,
    ]) {
      expect(readTypedCode(typed), typed).toEqual({ ok: true, path });
    }
  });

  it('reads O, I and L typed for 0, 1 and 1', () => {
    const sloppy = `AG0001/LOT-26.01/${serial.replaceAll('0', 'O').replaceAll('1', 'l')}`;
    expect(readTypedCode(sloppy)).toEqual({ ok: true, path });
  });

  it('says "typo" for one wrong character or two swapped ones, before asking anyone', () => {
    const wrong = serial[3] === '7' ? '8' : '7';
    expect(readTypedCode(`AG0001/LOT-26.01/${serial.slice(0, 3)}${wrong}${serial.slice(4)}`)).toEqual({
      ok: false,
      reason: 'typo',
    });
    const i = [...serial].findIndex((c, n) => n > 0 && c !== serial[n - 1]) - 1;
    const swapped = serial.slice(0, i) + serial[i + 1] + serial[i] + serial.slice(i + 2);
    expect(readTypedCode(`AG0001/LOT-26.01/${swapped}`)).toEqual({ ok: false, reason: 'typo' });
  });

  it('takes a pasted stamp URL, v1 or v2, and refuses what is not a code', () => {
    expect(readTypedCode(`https://truyxuat.ocop.an-giang.vn${path}`)).toEqual({ ok: true, path });
    const v1 = '/ocop/AG0001/10/AG-DEMO-01/21/ABCDEFGHJKMNPQRSTVWX';
    expect(readTypedCode(`http://localhost:3000${v1}`)).toEqual({ ok: true, path: v1 });
    expect(readTypedCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(readTypedCode(serial)).toEqual({ ok: false, reason: 'shape' });
    expect(readTypedCode('https://example.com/somewhere')).toEqual({ ok: false, reason: 'shape' });
    expect(readTypedCode(`AG0001/lot_1/${serial}`)).toEqual({ ok: false, reason: 'shape' });
  });
});
