// Our small interface over @point-of-sale/receipt-printer-encoder: a PrintDocument (laid out in
// shared/receipt) becomes ESC/POS bytes. Lines arrive already fitted to the columns, so the
// encoder never wraps; alignment is done by the layout, not by ESC a.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import type { PrintDocument } from '../../shared/receipt/document';
import { isKnownModel, type PrinterProfile } from './profile';

type Codepage = Parameters<ReceiptPrinterEncoder['codepage']>[0];

/** ESC p 0 25 250: pulse pin 2 for 50 ms on, 500 ms off (the encoder takes milliseconds). */
export const DRAWER_PULSE = Uint8Array.of(0x1b, 0x70, 0x00, 0x19, 0xfa);

function newEncoder(profile: PrinterProfile, columns: number): ReceiptPrinterEncoder {
  const options: ReceiptPrinterEncoderOptions = { columns, newline: '\n', feedBeforeCut: 0 };
  if (isKnownModel(profile.model)) options.printerModel = profile.model as ReceiptPrinterEncoderOptions['printerModel'];
  return new ReceiptPrinterEncoder(options);
}

/** Writes the document into a fresh encoder; `encodeDocument` and the tests' `encode('commands')` share it. */
export function documentEncoder(doc: PrintDocument, profile: PrinterProfile): ReceiptPrinterEncoder {
  const e = newEncoder(profile, doc.columns);
  e.initialize().codepage(profile.codepage as Codepage);
  // A 58 mm head has 384 dots: CODE128 at module width 3 overflows it for card codes.
  const barWidth = doc.width === 58 ? 2 : 3;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        if (block.bold) e.bold(true).line(block.text).bold(false);
        else e.line(block.text);
        break;
      case 'barcode':
        e.align('center').barcode(block.data, block.symbology, { height: 60, width: barWidth, text: 'below' }).align('left');
        break;
      case 'qr':
        e.align('center').qrcode(block.data, { model: 2, size: 6, errorlevel: 'm' }).align('left');
        break;
      case 'feed':
        e.newline(block.lines);
        break;
    }
  }
  if (doc.openDrawer) e.pulse(0, 50, 500);
  if (doc.cut) e.cut('partial');
  return e;
}

export function encodeDocument(doc: PrintDocument, profile: PrinterProfile): Uint8Array {
  return documentEncoder(doc, profile).encode();
}

/** The drawer kick on its own (drawer.open), preceded by ESC @ so a half-sent job cannot eat it. */
export function encodeDrawerKick(): Uint8Array {
  return Uint8Array.of(0x1b, 0x40, ...DRAWER_PULSE);
}
