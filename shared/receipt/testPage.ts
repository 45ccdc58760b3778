// The test page: a ruler exactly as wide as the configured columns (a printer set to the wrong
// width wraps it), the accent transliteration, a barcode and a QR code.
import type { PaperWidth, PrintDocument } from './document';
import { DocBuilder } from './layout';

export function ruler(columns: number): string {
  let line = '';
  for (let i = 1; i <= columns; i++) line += i % 10 === 0 ? String((i / 10) % 10) : i % 5 === 0 ? '+' : '-';
  return line;
}

export function buildTestPage(options: { width: PaperWidth; columns?: number; printer: string; at: string }): PrintDocument {
  const b = new DocBuilder(options.width, 'Halaman uji / test page', options.columns);
  b.center('KASIR KKMP - HALAMAN UJI', true);
  b.center(`Kertas ${options.width} mm, ${b.columns} kolom`);
  b.text(`Printer: ${options.printer}`);
  b.text(`Waktu: ${options.at}`);
  b.lines([ruler(b.columns)]);
  b.text('Aksen: “Kopi” – café, Nasi «goreng»…');
  b.barcode('ean13', '8991234567891');
  b.qr('KASIR-KKMP-TEST');
  b.center('Selesai / end');
  b.feed(2);
  return b.build({ cut: true });
}
