// Our small interface over @point-of-sale/receipt-printer-encoder: a PrintDocument (laid out in
// shared/receipt) becomes ESC/POS bytes. Lines arrive already fitted to the columns, so the
// encoder never wraps; alignment is done by the layout, not by ESC a. What the printer can do
// (font B, native QR / barcode or a raster image, cut) comes from its resolved profile.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import type { PrintDocument } from '../../shared/receipt/document';
import type { BarcodeSymbology, PaperWidth } from '../../shared/receipt/document';
import { resolveProfile, type PrinterProfile, type ResolvedProfile } from './profile';
import type { CodeMode } from './profiles';
import { qrImageData } from './qrImage';
import { barcodeImageData } from './barcodeImage';

type Codepage = Parameters<ReceiptPrinterEncoder['codepage']>[0];

/** ESC p 0 25 250: pulse pin 2 for 50 ms on, 500 ms off (the encoder takes milliseconds). */
export const DRAWER_PULSE = Uint8Array.of(0x1b, 0x70, 0x00, 0x19, 0xfa);

function newEncoder(p: ResolvedProfile): ReceiptPrinterEncoder {
  // The encoder counts columns in font A and scales them itself when font B is chosen.
  const options: ReceiptPrinterEncoderOptions = { columns: p.columnsA, newline: '\n', feedBeforeCut: 0, imageMode: 'raster' };
  if (p.encoderModel && isEncoderModel(p.encoderModel)) options.printerModel = p.encoderModel as ReceiptPrinterEncoderOptions['printerModel'];
  return new ReceiptPrinterEncoder(options);
}

function isEncoderModel(id: string): boolean {
  return ReceiptPrinterEncoder.printerModels.some((m) => m.id === id);
}

/** Dots per QR module: the native QR's size 6 on 80 mm, 5 on the 384-dot 58 mm head. */
const qrDots = (width: PaperWidth) => (width === 58 ? 5 : 6);

/** Printable dots across the head: 384 on 58 mm paper, 576 on 80 mm (8 dots/mm). */
const headDots = (width: PaperWidth) => (width === 58 ? 384 : 576);

/** The same height as the native barcode (GS h 60). */
const BARCODE_HEIGHT_DOTS = 60;

/** Writes the document into a fresh encoder; `encodeDocument` and the tests' `encode('commands')` share it. */
export function documentEncoder(doc: PrintDocument, printer: PrinterProfile): ReceiptPrinterEncoder {
  const p = resolveProfile(printer);
  if (doc.columns !== p.columnsA && doc.columns !== p.columns) throw new RangeError(`${doc.columns} columns do not fit ${p.model} on ${p.width} mm`);
  const e = newEncoder(p);
  e.initialize().codepage(p.codepage as Codepage);
  const docFont = doc.columns !== p.columnsA ? 'B' : 'A';
  if (docFont === 'B') e.font('B');
  // A 58 mm head has 384 dots: CODE128 at module width 3 overflows it for card codes.
  const barWidth = doc.width === 58 ? 2 : 3;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        if (block.font && block.font !== docFont) e.font(block.font).line(block.text).font(docFont);
        else if (block.bold) e.bold(true).line(block.text).bold(false);
        else e.line(block.text);
        break;
      case 'sample':
        // Code page samples of the calibration page: the bytes of that code page, untransliterated.
        e.codepage(block.codepage as Codepage)
          .line(block.text)
          .codepage(p.codepage as Codepage);
        break;
      case 'barcode':
        if (modeOf(block.mode, p.barcode) === 'native')
          e.align('center').barcode(block.data, block.symbology, { height: BARCODE_HEIGHT_DOTS, width: barWidth, text: 'below' }).align('left');
        else rasterBarcode(e, block.symbology, block.data, doc.width, barWidth);
        break;
      case 'qr':
        if (modeOf(block.mode, p.qr) === 'native') e.align('center').qrcode(block.data, { model: 2, size: 6, errorlevel: 'm' }).align('left');
        else {
          const img = qrImageData(block.data, qrDots(doc.width));
          e.align('center').image(img, img.width, img.height, 'threshold').align('left');
        }
        break;
      case 'feed':
        e.newline(block.lines);
        break;
    }
  }
  if (doc.openDrawer) e.pulse(0, 50, 500);
  if (doc.cut && p.cut !== 'none') e.cut(p.cut);
  return e;
}

/**
 * The bars as a GS v 0 image with the digits printed below it, as the native barcode's HRI would
 * be. Data the symbology cannot carry (or too long for the head) still prints as digits, so the
 * code stays typeable at the counter.
 */
function rasterBarcode(e: ReceiptPrinterEncoder, symbology: BarcodeSymbology, data: string, width: PaperWidth, moduleDots: number): void {
  e.align('center');
  try {
    const img = barcodeImageData(symbology, data, { moduleDots, heightDots: BARCODE_HEIGHT_DOTS, maxDots: headDots(width) });
    e.image(img, img.width, img.height, 'threshold');
  } catch {
    // Digits only: bwip-js refused the data (bad check digit, a character CODE128 lacks) or it is wider than the head.
  }
  e.line(data).align('left');
}

const modeOf = (forced: CodeMode | undefined, profile: CodeMode): CodeMode => forced ?? profile;

export function encodeDocument(doc: PrintDocument, profile: PrinterProfile): Uint8Array {
  const bytes = documentEncoder(doc, profile).encode();
  return resolveProfile(profile).singleByteReset ? withSingleByteReset(bytes) : bytes;
}

const FS_DOT = [0x1c, 0x2e];

/**
 * Makes sure FS . (leave Chinese double-byte mode) follows the ESC @ at the start. The encoder
 * sends it today; a clone left in double-byte mode prints the whole struk as Chinese glyphs, so
 * we do not leave that to another library's release notes.
 */
export function withSingleByteReset(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0x1b && bytes[1] === 0x40 && bytes[2] === FS_DOT[0] && bytes[3] === FS_DOT[1]) return bytes;
  const start = bytes[0] === 0x1b && bytes[1] === 0x40 ? 2 : 0;
  return Uint8Array.from([...bytes.subarray(0, start), ...(start ? [] : [0x1b, 0x40]), ...FS_DOT, ...bytes.subarray(start)]);
}

/** The drawer kick on its own (drawer.open), preceded by ESC @ so a half-sent job cannot eat it. */
export function encodeDrawerKick(): Uint8Array {
  return Uint8Array.of(0x1b, 0x40, ...DRAWER_PULSE);
}
