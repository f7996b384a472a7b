/**
 * VietQR (NAPAS 247) payloads: EMVCo merchant-presented QR with the NAPAS account-transfer
 * service, a fixed amount in VND and a transfer note, closed by a CRC-16/CCITT-FALSE checksum.
 * Any Vietnamese banking app scans it and fills in account, amount and note.
 */
export interface VietQrInput {
  /** The receiving bank's 6-digit NAPAS BIN, e.g. 970405 (Agribank). */
  bankBin: string;
  accountNumber: string;
  /** Integer đồng. */
  amount: number;
  /** What the payer's app puts in the transfer note; the producer matches payments on it. */
  note: string;
}

const NAPAS_GUID = 'A000000727';
const ACCOUNT_TRANSFER = 'QRIBFTTA';

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new Error(`VietQR field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo field 63 requires. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Transfer notes travel through banks that accept only unaccented ASCII letters and digits. */
export function transferNote(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 50);
}

export function vietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new Error('A NAPAS bank BIN has 6 digits.');
  if (!/^[0-9A-Za-z]{4,19}$/.test(input.accountNumber)) throw new Error('Invalid account number.');
  if (!Number.isInteger(input.amount) || input.amount <= 0)
    throw new Error('The amount is whole đồng above 0.');
  const beneficiary = tlv('00', input.bankBin) + tlv('01', input.accountNumber);
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', ACCOUNT_TRANSFER);
  const body =
    tlv('00', '01') +
    tlv('01', '12') +
    tlv('38', merchant) +
    tlv('53', '704') +
    tlv('54', String(input.amount)) +
    tlv('58', 'VN') +
    tlv('62', tlv('08', transferNote(input.note))) +
    '6304';
  return body + crc16(body);
}

/** Splits a payload back into its top-level fields (for tests and for checking stored payloads). */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (let i = 0; i < payload.length; ) {
    const id = payload.slice(i, i + 2);
    const length = Number(payload.slice(i + 2, i + 4));
    if (!Number.isInteger(length)) throw new Error(`Bad length at ${i}`);
    fields.set(id, payload.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  return fields;
}

export interface VietQrAccount {
  bankBin: string;
  accountNumber: string;
  accountName: string;
}

/** The account that receives transfers (the marketplace operator's), or null when not set up. */
export function vietQrAccountFromEnv(env: NodeJS.ProcessEnv = process.env): VietQrAccount | null {
  const { VIETQR_BANK_BIN, VIETQR_ACCOUNT_NUMBER, VIETQR_ACCOUNT_NAME } = env;
  if (!VIETQR_BANK_BIN || !VIETQR_ACCOUNT_NUMBER) return null;
  return {
    bankBin: VIETQR_BANK_BIN,
    accountNumber: VIETQR_ACCOUNT_NUMBER,
    accountName: VIETQR_ACCOUNT_NAME ?? '',
  };
}
