// A printer as the encoder needs to know it: the model (its code page table and quirks), the paper
// width, the code page, and what the calibration page found out (font, QR / barcode mode, cut).
// The capabilities of each model, with the fallbacks for the cheap clones, are in ./profiles.
import type { PaperWidth } from '../../shared/receipt/document';
import { columnsFor } from '../../shared/receipt/document';
import { findProfile, profileCatalogue, type CodeMode, type CutMode, type FontName } from './profiles';

export interface PrinterProfile {
  model: string;
  width: PaperWidth;
  /** 'auto' lets the encoder pick from the model's code pages (ASCII text needs nothing else). */
  codepage: string;
  /** Calibration answers; 'auto' or missing = what the model's profile says. */
  font?: FontName | 'auto';
  qr?: CodeMode | 'auto';
  barcode?: CodeMode | 'auto';
  cut?: CutMode | 'auto';
}

/** Everything the encoder decides by, with every 'auto' resolved. */
export interface ResolvedProfile {
  model: string;
  /** The encoder's model whose code page table the printer follows. */
  encoderModel: string | null;
  width: PaperWidth;
  codepage: string;
  font: FontName;
  /** Characters per line in that font on this paper. */
  columns: number;
  /** Columns of font A on this paper: the encoder counts in these. */
  columnsA: number;
  qr: CodeMode;
  barcode: CodeMode;
  cut: CutMode;
  /** FS . after ESC @: clones that power up in Chinese double-byte mode need it. */
  singleByteReset: boolean;
}

export const DEFAULT_MODEL: Record<PaperWidth, string> = { 58: 'pos-5890', 80: 'pos-8360' };

export function knownModels(): { id: string; name: string }[] {
  return profileCatalogue().map((p) => ({ id: p.id, name: p.name }));
}

export function isKnownModel(model: string): boolean {
  return findProfile(model) !== null;
}

export function defaultProfile(width: PaperWidth): PrinterProfile {
  return { model: DEFAULT_MODEL[width], width, codepage: 'auto' };
}

const pick = <T extends string>(value: T | 'auto' | undefined, fallback: T): T => (value && value !== 'auto' ? value : fallback);

export function resolveProfile(p: PrinterProfile): ResolvedProfile {
  const caps = findProfile(p.model) ?? findProfile(DEFAULT_MODEL[p.width])!;
  const columnsA = columnsFor(p.width);
  const fontBColumns = caps.fontBColumns[p.width];
  // Font B only where the model has it on this paper; a calibration answer cannot invent it.
  const font = pick(p.font, caps.font) === 'B' && fontBColumns ? 'B' : 'A';
  return {
    model: caps.id,
    encoderModel: caps.encoderModel,
    width: p.width,
    codepage: p.codepage,
    font,
    columns: font === 'B' ? fontBColumns! : columnsA,
    columnsA,
    qr: pick(p.qr, caps.qr),
    barcode: pick(p.barcode, caps.barcode),
    cut: pick(p.cut, caps.cut),
    singleByteReset: caps.singleByteReset,
  };
}
