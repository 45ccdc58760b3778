// Printer profiles as capabilities with fallbacks. The clones sold in Indonesian shops get their
// own entries: they share a code page table with a model the encoder knows, but some of them
// print garbage or nothing for a native QR (GS ( k) or barcode (GS k), so those are sent as a
// raster image (GS v 0) instead. Every other model the encoder knows gets what its own
// capability table says. The calibration page (shared/receipt/calibrationPage) checks all of it
// on the real printer and the manager's answers override these defaults.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PaperWidth } from '../../shared/receipt/document';
import { columnsFor } from '../../shared/receipt/document';

export type CodeMode = 'native' | 'raster';
export type CutMode = 'partial' | 'full' | 'none';
export type FontName = 'A' | 'B';

export interface ProfileCapabilities {
  id: string;
  name: string;
  encoderModel: string | null;
  /** Font B's columns on each paper width, where the printer has a font B that fits. */
  fontBColumns: Partial<Record<PaperWidth, number>>;
  /** The font used until calibration says otherwise: A everywhere, the safe choice. */
  font: FontName;
  qr: CodeMode;
  barcode: CodeMode;
  cut: CutMode;
  singleByteReset: boolean;
  /** Tested on the virtual printer and listed in docs/printers-and-scanners.md. */
  clone: boolean;
}

/** Xprinter/Goojprt-type clones: they power up in Chinese double-byte mode, so FS . always. */
const CLONES: ProfileCapabilities[] = [
  {
    id: 'pos-5890',
    name: 'POS-5890',
    encoderModel: 'pos-5890',
    fontBColumns: { 58: 42 },
    font: 'A',
    qr: 'native',
    barcode: 'native',
    cut: 'partial',
    singleByteReset: true,
    clone: true,
  },
  {
    id: 'zj-5870',
    name: 'ZJ-5870 ("POS-58") 58 mm',
    encoderModel: 'pos-5890',
    fontBColumns: { 58: 42 },
    font: 'A',
    qr: 'raster',
    barcode: 'native',
    cut: 'none',
    singleByteReset: true,
    clone: true,
  },
  {
    id: 'hop-e58',
    name: 'HOP-E58 58 mm',
    encoderModel: 'pos-5890',
    fontBColumns: {},
    font: 'A',
    qr: 'raster',
    barcode: 'raster',
    cut: 'none',
    singleByteReset: true,
    clone: true,
  },
  {
    id: 'xp-80c',
    name: 'Xprinter XP-80C 80 mm',
    encoderModel: 'xprinter-xp-t80q',
    fontBColumns: { 80: 64 },
    font: 'A',
    qr: 'raster',
    barcode: 'native',
    cut: 'partial',
    singleByteReset: true,
    clone: true,
  },
  {
    id: 'pos-8360',
    name: 'POS-8360',
    encoderModel: 'pos-8360',
    fontBColumns: { 80: 64 },
    font: 'A',
    qr: 'native',
    barcode: 'native',
    cut: 'partial',
    singleByteReset: true,
    clone: true,
  },
];

interface EncoderCaps {
  fonts: Record<string, { columns: number }>;
  barcodes: { supported: boolean };
  qrcode: { supported: boolean };
  cutter?: unknown;
}

function fromEncoder(id: string, name: string): ProfileCapabilities {
  const caps = new ReceiptPrinterEncoder({ printerModel: id as never }).printerCapabilities as EncoderCaps;
  const a = caps.fonts['A']?.columns;
  const b = caps.fonts['B']?.columns;
  const fontBColumns: Partial<Record<PaperWidth, number>> = {};
  // The encoder lists columns for the model's own paper; scale them to each paper width.
  if (a && b) for (const w of [58, 80] as const) fontBColumns[w] = Math.floor((b * columnsFor(w)) / a);
  return {
    id,
    name,
    encoderModel: id,
    fontBColumns,
    font: 'A',
    qr: caps.qrcode.supported ? 'native' : 'raster',
    barcode: caps.barcodes.supported ? 'native' : 'raster',
    cut: caps.cutter ? 'partial' : 'none',
    singleByteReset: id.startsWith('xprinter'),
    clone: false,
  };
}

let catalogue: ProfileCapabilities[] | null = null;

export function profileCatalogue(): ProfileCapabilities[] {
  if (!catalogue) {
    const own = new Set(CLONES.map((c) => c.id));
    const others = ReceiptPrinterEncoder.printerModels.filter((m) => !own.has(m.id)).map((m) => fromEncoder(m.id, m.name.trim()));
    catalogue = [...CLONES, ...others];
  }
  return catalogue;
}

export function findProfile(id: string): ProfileCapabilities | null {
  return profileCatalogue().find((p) => p.id === id) ?? null;
}
