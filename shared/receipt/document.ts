// A print document: lines already laid out to the paper's columns, plus barcodes and QR codes.
// Built in shared/ from domain data (pure), encoded to ESC/POS bytes in drivers/escpos. A zod
// schema because the API hands documents to screens (members.cardDocument, shu.slipDocument).
import { z } from 'zod';

export const PaperWidth = z.union([z.literal(58), z.literal(80)]);
export type PaperWidth = z.infer<typeof PaperWidth>;

/** Characters per line in font A: 58 mm paper = 32 columns (384 dots), 80 mm = 48 (576 dots). */
export function columnsFor(width: PaperWidth): number {
  return width === 58 ? 32 : 48;
}

export const BarcodeSymbology = z.enum(['ean13', 'ean8', 'code128']);
export type BarcodeSymbology = z.infer<typeof BarcodeSymbology>;

export const PrintBlock = z.discriminatedUnion('kind', [
  /** font: a single line in another font than the document's (the calibration page's font B ruler). */
  z.strictObject({ kind: z.literal('text'), text: z.string(), bold: z.boolean().optional(), font: z.enum(['A', 'B']).optional() }),
  /** mode: forced by the calibration page (one native and one image QR side by side); else the profile's. */
  z.strictObject({ kind: z.literal('barcode'), symbology: BarcodeSymbology, data: z.string(), mode: z.enum(['native', 'raster']).optional() }),
  z.strictObject({ kind: z.literal('qr'), data: z.string(), mode: z.enum(['native', 'raster']).optional() }),
  /** A line in a given code page, not transliterated: the calibration page's code page samples. */
  z.strictObject({ kind: z.literal('sample'), codepage: z.string(), text: z.string() }),
  z.strictObject({ kind: z.literal('feed'), lines: z.number().int() }),
]);
export type PrintBlock = z.infer<typeof PrintBlock>;

export const PrintDocument = z.strictObject({
  /** What the job list shows, e.g. "Struk GI-20261120-0001". */
  title: z.string(),
  width: PaperWidth,
  columns: z.number().int(),
  blocks: z.array(PrintBlock),
  /** Cut the paper at the end. */
  cut: z.boolean(),
  /** Kick the cash drawer (ESC p) after printing: cash sales. */
  openDrawer: z.boolean(),
});
export type PrintDocument = z.infer<typeof PrintDocument>;

/** The text lines of a document, as the tokenizer should read them back from the bytes. */
export function documentText(doc: PrintDocument): string[] {
  return doc.blocks.filter((b): b is Extract<PrintBlock, { kind: 'text' }> => b.kind === 'text').map((b) => b.text);
}
