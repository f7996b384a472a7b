import { buildStampPath, createSerial, createSerialV2, createStampKey } from '@ocop/domain';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderQrSvg } from './render-qr-svg';

// Decision 016: the longest stamp URL we print, on a 25-character host, fits QR version 4 at M.
const HOST = 'https://truyxuat.ocop.an-giang.vn';
const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;
const key = createStampKey('Z', new Uint8Array(32).fill(7));
// Letters only, so the encoder cannot save bits with numeric segments: the worst case.
const CODE = 'ABCDEFGHJKMN';
const BATCH = 'ABCDEFGHJK-M.N';

function qrVersion(url: string): number {
  return QRCode.create(url, { errorCorrectionLevel: 'M' }).version;
}

describe('stamp QR size', () => {
  it('the longest v2 stamp URL is all QR alphanumeric and fits version 4 at level M', async () => {
    expect(new URL(HOST).host).toHaveLength(25);
    const serial = createSerialV2({ primaryKey: `ocop:${CODE}`, batch: BATCH, seq: 1_048_575 }, key);
    const url = `${HOST}${buildStampPath({ productCode: CODE, batch: BATCH, serial })}`.toUpperCase();
    expect(url).toMatch(QR_ALPHANUMERIC);
    expect(url).toHaveLength(89);
    expect(qrVersion(url)).toBeLessThanOrEqual(4);
    const rendered = await renderQrSvg(url);
    // 33 modules + 2 × 4 quiet zone at 0.33 mm.
    expect(rendered).toMatchObject({ version: 4, modules: 33, sizeMm: 13.53 });
  });

  it('the same stamp in the long form (/10/, /21/) needs version 5: why v2 prints the short one', () => {
    const serial = createSerialV2({ primaryKey: `ocop:${CODE}`, batch: BATCH, seq: 0 }, key);
    const url = `${HOST}/OCOP/${CODE}/10/${BATCH}/21/${serial}`.toUpperCase();
    expect(url).toMatch(QR_ALPHANUMERIC);
    expect(qrVersion(url)).toBe(5);
  });

  it('a GTIN stamp (v1 serial, the only kind GS1 AI 21 allows) needs version 5', () => {
    const gtin = '09506000134352';
    const batch = 'ABCDEFGHJKMNPQ';
    const serial = createSerial({ primaryKey: `01:${gtin}`, batch, seq: 1 }, key);
    const mixed = `${HOST}${buildStampPath({ gtin, productCode: CODE, batch, serial })}`;
    expect(qrVersion(mixed)).toBe(5);
    // A v2 serial would not help: 22 characters under /01/ with its AI numbers is version 5 too.
    const v2 = createSerialV2({ primaryKey: `01:${gtin}`, batch, seq: 1 }, key);
    expect(qrVersion(`${HOST}/01/${gtin}/10/${batch}/21/${v2}`.toUpperCase())).toBe(5);
  });
});
