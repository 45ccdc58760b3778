// A printer as the encoder needs to know it: the model (its code page table and quirks), the paper
// width, and the code page. Models are the encoder's profiles; clones sold in Indonesia as
// "POS-58"/"POS-80" behave like pos-5890 / pos-8360.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PaperWidth } from '../../shared/receipt/document';

export interface PrinterProfile {
  model: string;
  width: PaperWidth;
  /** 'auto' lets the encoder pick from the model's code pages (ASCII text needs nothing else). */
  codepage: string;
}

export const DEFAULT_MODEL: Record<PaperWidth, string> = { 58: 'pos-5890', 80: 'pos-8360' };

export function knownModels(): { id: string; name: string }[] {
  return ReceiptPrinterEncoder.printerModels.map((m) => ({ id: m.id, name: m.name.trim() }));
}

export function isKnownModel(model: string): boolean {
  return ReceiptPrinterEncoder.printerModels.some((m) => m.id === model);
}

export function defaultProfile(width: PaperWidth): PrinterProfile {
  return { model: DEFAULT_MODEL[width], width, codepage: 'auto' };
}
