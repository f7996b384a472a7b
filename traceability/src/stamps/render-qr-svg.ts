import QRCode from 'qrcode';

/** The printable QR for a stamp URL: level M survives a scuffed label; 2 modules of quiet zone. */
export function renderQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
