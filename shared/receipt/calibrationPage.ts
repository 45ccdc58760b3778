// The calibration page: what the manager needs to see to tell us what the printer can do.
// Numbered sections, so the questions on screen can point at them: 1 rulers (does the 42-column
// font B ruler fit on one line?), 2 code page samples (which line shows é ü ñ correctly?),
// 3 a native QR beside an image QR (which one scans?), 4 a native barcode beside an image
// barcode (which one scans?), 5 the cut.
import type { PaperWidth, PrintDocument } from './document';
import { columnsFor } from './document';
import { DocBuilder } from './layout';
import { ruler } from './testPage';

/** Code pages with é ü ñ that the clones sold here carry; the sample shows which one works. */
export const CALIBRATION_CODEPAGES = ['cp437', 'cp850', 'cp858', 'windows1252'] as const;
export const CALIBRATION_SAMPLE = 'é ü ñ ç £';
export const CALIBRATION_QR = 'KASIR-KKMP-KALIBRASI';
/** A valid EAN-13 (GS1 check digit 1): a printer may refuse a native barcode with a wrong one. */
export const CALIBRATION_EAN13 = '8991234567891';

export function buildCalibrationPage(options: { width: PaperWidth; fontBColumns: number | null; model: string; at: string }): PrintDocument {
  const b = new DocBuilder(options.width, 'Halaman kalibrasi / calibration page');
  b.center('KASIR KKMP - KALIBRASI PRINTER', true);
  b.text(`Model: ${options.model}, ${options.width} mm`);
  b.text(`Waktu: ${options.at}`);
  b.rule();
  b.text(`1. Penggaris ${columnsFor(options.width)} kolom (huruf A):`, true);
  b.lines([ruler(columnsFor(options.width))]);
  if (options.fontBColumns) {
    b.text(`   Penggaris ${options.fontBColumns} kolom (huruf B) di bawah ini, satu baris?`);
    b.fontBLine(ruler(options.fontBColumns));
  }
  b.rule();
  b.text('2. Contoh code page (baris yang benar?):', true);
  CALIBRATION_CODEPAGES.forEach((cp, i) => b.sample(cp, `2.${i + 1} ${cp}: ${CALIBRATION_SAMPLE}`));
  b.rule();
  b.text('3a. QR bawaan printer (native):', true);
  b.qr(CALIBRATION_QR, 'native');
  b.text('3b. QR gambar (image):', true);
  b.qr(CALIBRATION_QR, 'raster');
  b.rule();
  b.text('4a. Barcode bawaan printer (native):', true);
  b.barcode('ean13', CALIBRATION_EAN13, 'native');
  b.text('4b. Barcode gambar (image):', true);
  b.barcode('ean13', CALIBRATION_EAN13, 'raster');
  b.rule();
  b.text('5. Kertas terpotong di bawah ini?', true);
  b.feed(2);
  return b.build({ cut: true });
}
