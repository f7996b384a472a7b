import {
  buildStampPath,
  isV2BatchCode,
  isValidProductCode,
  normalizeSerialV2,
  parseStampPath,
  SERIAL_V2_LENGTH,
} from '@ocop/domain';

export type TypedCode = { ok: true; path: string } | { ok: false; reason: 'empty' | 'shape' | 'typo' };

/**
 * What a person types on "Kiểm tra mã" (decision 016): the line printed under a v2 stamp's QR,
 * `{product code}/{batch}/{serial}`, in any case, the serial with or without its dashes and
 * spaces; or a whole stamp URL pasted. The serial alone could not be found without trying every
 * batch's MAC, which would spend the 80 bits on every batch at once. A serial whose check
 * symbol is wrong is a typo, said so here without asking the registry.
 */
export function readTypedCode(input: string): TypedCode {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/^https?:\/\//i.test(text)) return fromUrl(text);
  const parts = text.includes('/') ? text.split('/') : text.split(/\s+/);
  if (parts.length < 3) return { ok: false, reason: 'shape' };
  const [code = '', batch = '', ...serialParts] = parts.map((p) => p.trim().toUpperCase());
  const serial = serialParts.join('').replace(/[\s-]+/g, '');
  if (!isValidProductCode(code) || !isV2BatchCode(batch) || serial.length !== SERIAL_V2_LENGTH) {
    return { ok: false, reason: 'shape' };
  }
  const normal = normalizeSerialV2(serial);
  if (!normal) return { ok: false, reason: 'typo' };
  return { ok: true, path: buildStampPath({ productCode: code, batch, serial: normal }) };
}

function fromUrl(text: string): TypedCode {
  let path: string;
  try {
    path = new URL(text).pathname;
  } catch {
    return { ok: false, reason: 'shape' };
  }
  return parseStampPath(path).ok ? { ok: true, path } : { ok: false, reason: 'shape' };
}
