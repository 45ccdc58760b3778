// A print document: lines already laid out to the paper's columns, plus barcodes and QR codes.
// Built in shared/ from domain data (pure), encoded to ESC/POS bytes in drivers/escpos.
export type PaperWidth = 58 | 80;

/** Characters per line in font A: 58 mm paper = 32 columns (384 dots), 80 mm = 48 (576 dots). */
export function columnsFor(width: PaperWidth): number {
  return width === 58 ? 32 : 48;
}

export type BarcodeSymbology = 'ean13' | 'ean8' | 'code128';

export type PrintBlock =
  /** font: a single line in another font than the document's (the calibration page's font B ruler). */
  | { kind: 'text'; text: string; bold?: boolean; font?: 'A' | 'B' }
  /** mode: forced by the calibration page (one native and one image QR side by side); else the profile's. */
  | { kind: 'barcode'; symbology: BarcodeSymbology; data: string; mode?: 'native' | 'raster' }
  | { kind: 'qr'; data: string; mode?: 'native' | 'raster' }
  /** A line in a given code page, not transliterated: the calibration page's code page samples. */
  | { kind: 'sample'; codepage: string; text: string }
  | { kind: 'feed'; lines: number };

export interface PrintDocument {
  /** What the job list shows, e.g. "Struk GI-20261120-0001". */
  title: string;
  width: PaperWidth;
  columns: number;
  blocks: PrintBlock[];
  /** Cut the paper at the end. */
  cut: boolean;
  /** Kick the cash drawer (ESC p) after printing: cash sales. */
  openDrawer: boolean;
}

/** The text lines of a document, as the tokenizer should read them back from the bytes. */
export function documentText(doc: PrintDocument): string[] {
  return doc.blocks.filter((b): b is Extract<PrintBlock, { kind: 'text' }> => b.kind === 'text').map((b) => b.text);
}
