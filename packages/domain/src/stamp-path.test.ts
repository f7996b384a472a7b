import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from './gtin';
import { createSerial, createSerialV2, createStampKey, SERIAL_ALPHABET, verifySerial } from './stamp-code';
import { buildStampPath, parseStampPath, typedStampCode } from './stamp-path';

const SERIAL = 'AAAAAB0123456789abcd';

const gtin = fc
  .oneof(
    fc.stringMatching(/^\d{7}$/),
    fc.stringMatching(/^\d{11}$/),
    fc.stringMatching(/^\d{12}$/),
    fc.stringMatching(/^\d{13}$/),
  )
  .map((body) => body + gtinCheckDigit(body));
const productCode = fc.stringMatching(/^[A-Z0-9]{4,12}$/);
const batch = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
const serial = fc
  .array(fc.constantFrom(...SERIAL_ALPHABET), { minLength: 20, maxLength: 20 })
  .map((chars) => chars.join(''));

describe('buildStampPath', () => {
  it('uses GS1 AI 01 when the product has a GTIN', () => {
    expect(
      buildStampPath({ gtin: '4006381333931', productCode: 'AG0001', batch: 'LOT-1', serial: SERIAL }),
    ).toBe(`/01/04006381333931/10/LOT-1/21/${SERIAL}`);
  });

  it('uses the platform prefix when there is no GTIN', () => {
    expect(buildStampPath({ gtin: null, productCode: 'AG0001', batch: 'LOT-1', serial: SERIAL })).toBe(
      `/ocop/AG0001/10/LOT-1/21/${SERIAL}`,
    );
    expect(buildStampPath({ productCode: 'AG0001', batch: 'LOT-1', serial: SERIAL })).toBe(
      `/ocop/AG0001/10/LOT-1/21/${SERIAL}`,
    );
  });

  it('ends after the batch for the batch-level QR', () => {
    expect(buildStampPath({ gtin: '09506000134352', productCode: 'AG0001', batch: 'LOT-1' })).toBe(
      '/01/09506000134352/10/LOT-1',
    );
    expect(buildStampPath({ productCode: 'AG0001', batch: 'LOT-1' })).toBe('/ocop/AG0001/10/LOT-1');
  });

  it.each([
    ['a bad GTIN', { gtin: '4006381333932' }],
    ['a bad product code without GTIN', { productCode: 'ag-1' }],
    ['a long batch', { batch: 'B'.repeat(21) }],
    ['a batch with "/"', { batch: 'A/B' }],
    ['a short serial', { serial: 'ABC' }],
    ['a serial with "+"', { serial: `${'A'.repeat(19)}+` }],
  ])('throws on %s', (_label, change) => {
    const input = { gtin: null, productCode: 'AG0001', batch: 'LOT-1', serial: SERIAL, ...change };
    expect(() => buildStampPath(input)).toThrow(RangeError);
  });
});

describe('parseStampPath', () => {
  it('reads a GTIN path', () => {
    expect(parseStampPath(`/01/09506000134352/10/LOT-1/21/${SERIAL}`)).toEqual({
      ok: true,
      value: {
        scheme: 'gtin',
        gtin14: '09506000134352',
        primaryKey: '01:09506000134352',
        batch: 'LOT-1',
        serial: SERIAL,
      },
    });
  });

  it('reads a platform path', () => {
    expect(parseStampPath(`/ocop/AG0001/10/LOT-1/21/${SERIAL}`)).toEqual({
      ok: true,
      value: {
        scheme: 'ocop',
        productCode: 'AG0001',
        primaryKey: 'ocop:AG0001',
        batch: 'LOT-1',
        serial: SERIAL,
      },
    });
  });

  it('reads batch-level paths without a serial', () => {
    expect(parseStampPath('/ocop/AG0001/10/LOT-1')).toEqual({
      ok: true,
      value: { scheme: 'ocop', productCode: 'AG0001', primaryKey: 'ocop:AG0001', batch: 'LOT-1' },
    });
  });

  it('pads a shorter GTIN to 14 digits', () => {
    const parsed = parseStampPath('/01/4006381333931/10/L1');
    expect(parsed.ok && parsed.value.gtin14).toBe('04006381333931');
  });

  it('tolerates a trailing slash, percent-encoding, a query and a fragment', () => {
    const expected = parseStampPath(`/01/09506000134352/10/LOT-1/21/${SERIAL}`);
    expect(parseStampPath(`/01/09506000134352/10/LOT-1/21/${SERIAL}/`)).toEqual(expected);
    expect(parseStampPath(`/01/09506000134352/10/LOT%2D1/21/${SERIAL}`)).toEqual(expected);
    expect(parseStampPath(`/%30%31/09506000134352/10/LOT-1/21/${SERIAL}`)).toEqual(expected);
    expect(parseStampPath(`/01/09506000134352/10/LOT-1/21/${SERIAL}?17=271231`)).toEqual(expected);
    expect(parseStampPath(`/01/09506000134352/10/LOT-1/21/${SERIAL}/?linkType=all#x`)).toEqual(expected);
  });

  it.each([
    ['an empty path', '', /must start with "\/"/],
    ['a full URL', `https://id.example/01/09506000134352/10/L1`, /must start with "\/"/],
    ['the root', '/', /Unknown stamp path shape/],
    ['another AI', '/414/09506000134352/10/L1', /Unknown stamp path shape/],
    ['another platform prefix', '/ocopx/AG0001/10/L1', /Unknown stamp path shape/],
    ['a GTIN with letters', '/01/0950600013435X/10/L1', /GTIN must contain digits only/],
    ['a GTIN of 11 digits', '/01/09506000134/10/L1', /GTIN must have 8, 12, 13 or 14 digits, got 11/],
    ['a bad check digit', '/01/09506000134353/10/L1', /wrong check digit: expected 2, got 3/],
    ['a bad product code', '/ocop/ag01/10/L1', /Product code must be 4 to 12/],
    ['no batch', '/01/09506000134352', /Expected \/10\/\{batch\} after the GTIN/],
    ['no batch after a product code', '/ocop/AG0001', /Expected \/10\/\{batch\} after the product code/],
    ['another AI before the batch', '/01/09506000134352/17/271231', /Expected \/10\/\{batch\}/],
    ['an empty batch', '/01/09506000134352/10/', /Batch code is missing/],
    ['an empty batch mid-path', `/01/09506000134352/10//21/${SERIAL}`, /Batch code is missing/],
    [
      'a batch of 21 characters',
      `/01/09506000134352/10/${'B'.repeat(21)}`,
      /21 characters long; the maximum is 20/,
    ],
    ['a batch with a space', '/01/09506000134352/10/LOT%201', /may only contain letters, digits/],
    ['a batch with an encoded slash', '/01/09506000134352/10/A%2FB', /may only contain letters, digits/],
    ['bad percent-encoding', '/01/09506000134352/10/L%ZZ', /invalid percent-encoding/],
    ['another AI before the serial', `/01/09506000134352/10/L1/22/${SERIAL}`, /Expected \/21\/\{serial\}/],
    ['a missing serial', '/01/09506000134352/10/L1/21', /exactly 20 characters, got 0/],
    ['a short serial', '/01/09506000134352/10/L1/21/ABC', /exactly 20 characters, got 3/],
    ['a serial with "+"', `/01/09506000134352/10/L1/21/${'A'.repeat(19)}+`, /may only contain A–Z/],
    [
      'extra segments',
      `/01/09506000134352/10/L1/21/${SERIAL}/x`,
      /Unexpected path segments after the serial/,
    ],
  ])('rejects %s with a clear message', (_label, path, message) => {
    const result = parseStampPath(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('round-trips with buildStampPath', () => {
    fc.assert(
      fc.property(
        fc.option(gtin, { nil: null }),
        productCode,
        batch,
        fc.option(serial, { nil: undefined }),
        (g, code, b, s) => {
          const path = buildStampPath({ gtin: g, productCode: code, batch: b, serial: s });
          const parsed = parseStampPath(path);
          if (!parsed.ok) throw new Error(parsed.message);
          expect(parsed.value.batch).toBe(b);
          expect(parsed.value.serial).toBe(s);
          expect(parsed.value.scheme).toBe(g ? 'gtin' : 'ocop');
          if (g) expect(parsed.value.gtin14).toBe(g.padStart(14, '0'));
          else expect(parsed.value.productCode).toBe(code);
          const { gtin14, productCode: parsedCode, batch: parsedBatch, serial: parsedSerial } = parsed.value;
          const rebuilt = buildStampPath({
            gtin: gtin14 ?? null,
            productCode: parsedCode ?? code,
            batch: parsedBatch,
            serial: parsedSerial,
          });
          expect(rebuilt).toBe(path);
        },
      ),
    );
  });

  it('only ever produces paths without percent-encoding', () => {
    fc.assert(
      fc.property(fc.option(gtin, { nil: null }), productCode, batch, serial, (g, code, b, s) => {
        const path = buildStampPath({ gtin: g, productCode: code, batch: b, serial: s });
        expect(path.split('/').map(encodeURIComponent).join('/')).toBe(path);
      }),
    );
  });

  it('gives the primary key a serial was signed with', () => {
    const key = createStampKey('K', new Uint8Array(32).fill(9));
    const parsed = parseStampPath('/01/4006381333931/10/LOT-7');
    if (!parsed.ok) throw new Error(parsed.message);
    const { primaryKey, batch: b } = parsed.value;
    const s = createSerial({ primaryKey, batch: b, seq: 42 }, key);
    const scanned = parseStampPath(
      buildStampPath({ gtin: '4006381333931', productCode: 'X', batch: b, serial: s }),
    );
    if (!scanned.ok) throw new Error(scanned.message);
    const { primaryKey: scannedKey, batch: scannedBatch, serial: scannedSerial = '' } = scanned.value;
    expect(
      verifySerial({ primaryKey: scannedKey, batch: scannedBatch, serial: scannedSerial }, () => key),
    ).toEqual({
      ok: true,
      seq: 42,
      keyId: 'K',
    });
  });
});

describe('v2 stamp paths (decision 016)', () => {
  const key = createStampKey('K', new Uint8Array(32).fill(9));
  const serial = createSerialV2({ primaryKey: 'ocop:AG0001', batch: 'LOT-26.01', seq: 42 }, key);

  it('prints /OCOP/{code}/{batch}/{serial}, all upper case, without the AI numbers', () => {
    const path = buildStampPath({ productCode: 'AG0001', batch: 'LOT-26.01', serial });
    expect(path).toBe(`/OCOP/AG0001/LOT-26.01/${serial}`);
    expect(path).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
  });

  it('reads the printed path in any case, and the long form with /10/ and /21/', () => {
    const expected = {
      scheme: 'ocop',
      productCode: 'AG0001',
      primaryKey: 'ocop:AG0001',
      batch: 'LOT-26.01',
      serial,
    };
    for (const path of [
      `/OCOP/AG0001/LOT-26.01/${serial}`,
      `/ocop/ag0001/lot-26.01/${serial.toLowerCase()}`,
      `/OCOP/AG0001/10/LOT-26.01/21/${serial}`,
      `/ocop/AG0001/10/LOT-26.01/21/${serial.toLowerCase()}`,
    ]) {
      expect(parseStampPath(path), path).toEqual({ ok: true, value: expected });
    }
  });

  it('keeps v1 paths as they were, the prefix now in either case', () => {
    const v1 = createSerial({ primaryKey: 'ocop:AG0001', batch: 'lot_1', seq: 1 }, key);
    const parsed = parseStampPath(`/OCOP/AG0001/10/lot_1/21/${v1}`);
    expect(parsed).toEqual({
      ok: true,
      value: { scheme: 'ocop', productCode: 'AG0001', primaryKey: 'ocop:AG0001', batch: 'lot_1', serial: v1 },
    });
    expect(parseStampPath('/ocop/AG0001/10/lot_1')).toMatchObject({ ok: true, value: { batch: 'lot_1' } });
  });

  it('leaves a typo to verifySerial (unknown), refuses a v2 serial under /01/ and a v1 batch code', () => {
    const typo = `${serial.slice(0, 5)}${serial[5] === '7' ? '8' : '7'}${serial.slice(6)}`;
    const parsed = parseStampPath(`/OCOP/AG0001/LOT-26.01/${typo}`);
    if (!parsed.ok) throw new Error(parsed.message);
    const verdict = verifySerial({ ...parsed.value, serial: parsed.value.serial ?? '' }, () => key);
    expect(verdict).toEqual({ ok: false, reason: 'malformed' });
    expect(parseStampPath(`/01/09506000134352/10/L1/21/${serial}`)).toMatchObject({ ok: false });
    expect(parseStampPath(`/OCOP/AG0001/LOT_1/${serial}`)).toMatchObject({ ok: false });
    expect(() =>
      buildStampPath({ gtin: '09506000134352', productCode: 'AG0001', batch: 'L1', serial }),
    ).toThrow(/AI \(21\)/);
  });
});

describe('typedStampCode', () => {
  it('prints code/batch/serial with the serial in groups of four', () => {
    const key = createStampKey('K', new Uint8Array(32).fill(9));
    const serial = createSerialV2({ primaryKey: 'ocop:AG0001', batch: 'LOT-26.01', seq: 42 }, key);
    const typed = typedStampCode({ productCode: 'AG0001', batch: 'LOT-26.01', serial });
    expect(typed).toMatch(/^AG0001\/LOT-26\.01\/(\w{4}-){5}\w{2}$/);
    expect(typed.split('/')[2]?.replaceAll('-', '')).toBe(serial);
  });
});
