// A barcode as dots, for printers without GS k (HOP-E58, ZJ-5870 sold as "POS-58", some XP-80C
// batches): the bars are sent as a GS v 0 raster image instead. bwip-js (a maintained port of
// Barcode Writer in Pure PostScript) encodes the symbol; this file only turns its bar/space widths
// into printer dots, so the symbol is exactly the one the standard defines.
import bwipjs from 'bwip-js/generic';
import type { BarcodeSymbology } from '../../shared/receipt/document';

/** bwip-js's encoder names for the symbologies a struk or a card carries. */
const BCID: Record<BarcodeSymbology, string> = { ean13: 'ean13', ean8: 'ean8', code128: 'code128' };

/** Light margin each side, in modules: EAN asks 11 left / 7 right, CODE128 10; 11 covers all. */
const QUIET_MODULES = 11;

export interface BarcodeImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  /** Dots per narrow bar actually used (reduced until the symbol fits the head). */
  moduleDots: number;
}

/** The symbol as alternating bar/space widths in modules, starting with a bar. */
export function barcodeModules(symbology: BarcodeSymbology, data: string): number[] {
  const raw = bwipjs.raw(BCID[symbology], data, {});
  const first = raw[0];
  if (!first || !('sbs' in first)) throw new RangeError(`${symbology} gave no bars for ${data}`);
  return first.sbs;
}

/**
 * RGBA pixels, one per printer dot, width a multiple of 8 for GS v 0. The narrow bar starts at
 * `moduleDots` and shrinks until the symbol with its quiet zones fits `maxDots` (the head's
 * width); a symbol that does not fit at one dot per module is refused, the caller prints digits.
 */
export function barcodeImageData(symbology: BarcodeSymbology, data: string, opts: { moduleDots: number; heightDots: number; maxDots: number }): BarcodeImage {
  const widths = barcodeModules(symbology, data);
  const modules = widths.reduce((a, b) => a + b, 0) + QUIET_MODULES * 2;
  let moduleDots = opts.moduleDots;
  while (moduleDots > 1 && modules * moduleDots > opts.maxDots) moduleDots--;
  if (modules * moduleDots > opts.maxDots) throw new RangeError(`${symbology} ${data} needs ${modules} dots, the head has ${opts.maxDots}`);
  const width = Math.ceil((modules * moduleDots) / 8) * 8;
  const height = opts.heightDots;
  const px = new Uint8ClampedArray(width * height * 4).fill(0xff);
  let x = QUIET_MODULES * moduleDots;
  widths.forEach((w, i) => {
    const dots = w * moduleDots;
    if (i % 2 === 0) {
      for (let y = 0; y < height; y++) {
        for (let d = 0; d < dots; d++) {
          const at = (y * width + x + d) * 4;
          px[at] = px[at + 1] = px[at + 2] = 0;
        }
      }
    }
    x += dots;
  });
  return { width, height, data: px, moduleDots };
}
