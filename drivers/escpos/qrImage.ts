// A QR code as dots, for printers whose native QR (GS ( k) prints garbage or nothing, and for
// the preview picture. The `qrcode` package makes the symbol; this only scales it to dots.
import QRCode from 'qrcode';

/** The quiet zone the QR standard asks for, in modules. */
const QUIET = 4;

export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(data: string): QrMatrix {
  const m = QRCode.create(data, { errorCorrectionLevel: 'M' }).modules;
  return { size: m.size, dark: (r, c) => m.get(r, c) === 1 };
}

/** RGBA pixels (one per printer dot) with the quiet zone; the width is a multiple of 8 for GS v 0. */
export function qrImageData(data: string, dotsPerModule: number): { width: number; height: number; data: Uint8ClampedArray } {
  const qr = qrMatrix(data);
  const side = (qr.size + QUIET * 2) * dotsPerModule;
  const width = Math.ceil(side / 8) * 8;
  const height = Math.ceil(side / 8) * 8;
  const px = new Uint8ClampedArray(width * height * 4).fill(0xff);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const r = Math.floor(y / dotsPerModule) - QUIET;
      const c = Math.floor(x / dotsPerModule) - QUIET;
      if (r < 0 || c < 0 || r >= qr.size || c >= qr.size || !qr.dark(r, c)) continue;
      const i = (y * width + x) * 4;
      px[i] = px[i + 1] = px[i + 2] = 0;
    }
  }
  return { width, height, data: px };
}
