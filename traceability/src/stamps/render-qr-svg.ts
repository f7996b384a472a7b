import QRCode from 'qrcode';
import { z } from 'zod';

/** ISO/IEC 18004 asks for a quiet zone of four modules on every side. */
export const QUIET_ZONE_MODULES = 4;
/** A common label printer's module: 0.33 mm (4 dots at 300 dpi). */
export const DEFAULT_MODULE_MM = 0.33;

/** `?module_mm=` on the QR routes: the printed size of one module, in millimetres. */
export const QrQuery = z.object({
  module_mm: z.coerce.number().min(0.17).max(2).default(DEFAULT_MODULE_MM),
});

export interface RenderedQr {
  svg: string;
  /** QR version (1–40): the symbol is 17 + 4 × version modules wide. */
  version: number;
  /** Modules on a side, without the quiet zone. */
  modules: number;
  /** Printed width and height, quiet zone included, in millimetres. */
  sizeMm: number;
}

/**
 * The printable QR for a stamp URL: level M survives a scuffed label; a four-module quiet zone;
 * width and height in millimetres for the chosen module size, so a label layout prints it true
 * to size (the viewBox keeps it scalable).
 */
export async function renderQrSvg(url: string, moduleMm = DEFAULT_MODULE_MM): Promise<RenderedQr> {
  const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const modules = symbol.modules.size;
  const sizeMm = Math.round((modules + 2 * QUIET_ZONE_MODULES) * moduleMm * 100) / 100;
  const drawn = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: QUIET_ZONE_MODULES,
  });
  const svg = drawn.replace('<svg ', `<svg width="${sizeMm}mm" height="${sizeMm}mm" `);
  return { svg, version: symbol.version, modules, sizeMm };
}

/** Headers that tell a label tool what it got without parsing the SVG. */
export function qrHeaders(qr: RenderedQr): Record<string, string> {
  return {
    'content-type': 'image/svg+xml',
    'x-qr-version': String(qr.version),
    'x-qr-size-mm': String(qr.sizeMm),
  };
}
