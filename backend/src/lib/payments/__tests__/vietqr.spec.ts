import { crc16, parseTlv, transferNote, vietQrPayload } from '../vietqr';

describe('VietQR payload', () => {
  it('uses CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('carries NAPAS account transfer, amount in VND, the note and a valid checksum', () => {
    const payload = vietQrPayload({
      bankBin: '970405',
      accountNumber: '0123456789',
      amount: 255_000,
      note: 'OCOP AB12CD-1 Mắm Châu Đốc',
    });
    const fields = parseTlv(payload);
    expect(fields.get('00')).toBe('01');
    expect(fields.get('01')).toBe('12');
    expect(fields.get('53')).toBe('704');
    expect(fields.get('54')).toBe('255000');
    expect(fields.get('58')).toBe('VN');
    const merchant = parseTlv(fields.get('38') as string);
    expect(merchant.get('00')).toBe('A000000727');
    expect(merchant.get('02')).toBe('QRIBFTTA');
    expect(Object.fromEntries(parseTlv(merchant.get('01') as string))).toEqual({
      '00': '970405',
      '01': '0123456789',
    });
    expect(parseTlv(fields.get('62') as string).get('08')).toBe('OCOP AB12CD 1 Mam Chau Doc');
    expect(fields.get('63')).toBe(crc16(payload.slice(0, -4)));
    // One changed digit of the amount breaks the checksum.
    const forged = payload.replace('54062550005', '54062950005');
    expect(crc16(forged.slice(0, -4))).not.toBe(forged.slice(-4));
  });

  it('refuses what a bank would refuse', () => {
    const ok = { bankBin: '970405', accountNumber: '0123456789', amount: 1000, note: 'x' };
    expect(() => vietQrPayload({ ...ok, bankBin: '9704' })).toThrow(/BIN/);
    expect(() => vietQrPayload({ ...ok, amount: 1000.5 })).toThrow(/whole/);
    expect(() => vietQrPayload({ ...ok, amount: 0 })).toThrow(/whole/);
    expect(() => vietQrPayload({ ...ok, accountNumber: '12-34' })).toThrow(/account/);
  });

  it('writes transfer notes in unaccented ASCII, at most 50 characters', () => {
    expect(transferNote('Đường thốt nốt – Tri Tôn')).toBe('Duong thot not Tri Ton');
    expect(transferNote('a'.repeat(80))).toHaveLength(50);
  });
});
