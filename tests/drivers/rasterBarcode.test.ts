// Profiles without GS k (HOP-E58) get the barcode as a GS v 0 image. Each image is decoded back
// by an independent reader (ZXing), as a scanner at the counter would read the printed paper.
import { describe, expect, it } from 'vitest';
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { encodeDocument } from '../../drivers/escpos/encode';
import { decodeJob, rasterDot, tokenize, type PrintedItem } from '../../drivers/escpos/tokenizer';
import { buildCalibrationPage, CALIBRATION_EAN13 } from '../../shared/receipt/calibrationPage';
import { buildMemberCard } from '../../shared/receipt/memberSlips';
import { buildTestPage } from '../../shared/receipt/testPage';
import { DocBuilder } from '../../shared/receipt/layout';
import type { PrinterProfile } from '../../drivers/escpos/profile';
import { renderJobPng } from '../../drivers/virtualPrinter/renderPng';
import { PNG } from 'pngjs';

type Image = Extract<PrintedItem, { kind: 'image' }>;

/** ZXing reads the picture with a white margin around it, like paper around the print. */
function readBarcode(width: number, height: number, dark: (x: number, y: number) => boolean): { text: string; format: BarcodeFormat } {
  const pad = 20;
  const w = width + pad * 2;
  const h = height + pad * 2;
  const lum = new Uint8ClampedArray(w * h).fill(255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (dark(x, y)) lum[(y + pad) * w + x + pad] = 0;
  const reader = new MultiFormatReader();
  reader.setHints(new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.CODE_128]]]));
  const result = reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, w, h))));
  return { text: result.getText(), format: result.getBarcodeFormat() };
}

const readImage = (img: Image) => readBarcode(img.width!, img.height!, (x, y) => rasterDot(img, x, y));
const imagesOf = (bytes: Uint8Array) => decodeJob(bytes).items.filter((i): i is Image => i.kind === 'image');
const noGsK = (bytes: Uint8Array) => !tokenize(bytes).some((t) => t.kind === 'command' && t.name === 'barcode');

const hop: PrinterProfile = { model: 'hop-e58', width: 58, codepage: 'auto' };

describe('raster barcodes where the printer has no GS k', () => {
  it('the test page EAN-13 on HOP-E58 is an image a scanner reads as the same 13 digits, with the digits below', () => {
    const bytes = encodeDocument(buildTestPage({ width: 58, printer: 'x', at: '2026-11-20 10:00' }), hop);
    expect(noGsK(bytes)).toBe(true);
    const [img] = imagesOf(bytes);
    expect(img, 'a GS v 0 image').toBeDefined();
    expect(img!.width).toBeLessThanOrEqual(384);
    expect(readImage(img!)).toEqual({ text: '8991234567891', format: BarcodeFormat.EAN_13 });
    expect(decodeJob(bytes).lines.map((l) => l.trim())).toContain('8991234567891');
  });

  it.each([
    ['hop-e58', 58],
    ['hop-e58', 80],
  ] as const)('a member card CODE128 on %s at %i mm reads back as the card code and fits the head', (model, width) => {
    const card = buildMemberCard({ outletName: 'KKMP', memberNo: 'A-17', memberName: 'Siti', cardCode: 'AGT-GI-00017', joinDate: '2026-01-05' }, width);
    const bytes = encodeDocument(card, { model, width, codepage: 'auto' });
    expect(noGsK(bytes)).toBe(true);
    const [img] = imagesOf(bytes);
    expect(img!.width).toBeLessThanOrEqual(width === 58 ? 384 : 576);
    expect(readImage(img!)).toEqual({ text: 'AGT-GI-00017', format: BarcodeFormat.CODE_128 });
  });

  it('a calibration answer "barcode image" turns a native profile to raster for every later print', () => {
    const page = buildTestPage({ width: 58, printer: 'x', at: '2026-11-20 10:00' });
    const bytes = encodeDocument(page, { model: 'pos-5890', width: 58, codepage: 'auto', barcode: 'raster' });
    expect(noGsK(bytes)).toBe(true);
    expect(readImage(imagesOf(bytes)[0]!).text).toBe('8991234567891');
  });

  it('the calibration page prints 4a natively and 4b as an image of the same code', () => {
    const bytes = encodeDocument(buildCalibrationPage({ width: 58, fontBColumns: 42, model: 'pos-5890', at: 'now' }), {
      model: 'pos-5890',
      width: 58,
      codepage: 'auto',
    });
    const job = decodeJob(bytes);
    expect(job.barcodes).toEqual([{ symbology: 'ean13', data: CALIBRATION_EAN13 }]);
    const [qrImage, barcodeImage, ...rest] = imagesOf(bytes);
    expect(qrImage, '3b, the QR image').toBeDefined();
    expect(rest).toEqual([]);
    expect(readImage(barcodeImage!).text).toBe(CALIBRATION_EAN13);
  });

  it('a code the symbology cannot carry (bad EAN check digit) or one wider than the head prints as digits, never a wrong symbol', () => {
    const b = new DocBuilder(58, 't');
    b.barcode('ean13', '8991234567895');
    b.barcode('code128', 'X'.repeat(60));
    const bytes = encodeDocument(b.build({ cut: false }), hop);
    expect(imagesOf(bytes)).toEqual([]);
    expect(decodeJob(bytes).lines.map((l) => l.trim())).toEqual(expect.arrayContaining(['8991234567895', 'X'.repeat(32)]));
  });

  it('the preview PNG draws a native barcode as bars a scanner reads, not a labelled box', () => {
    const bytes = encodeDocument(buildTestPage({ width: 58, printer: 'x', at: 'now' }), { model: 'pos-5890', width: 58, codepage: 'auto' });
    const png = PNG.sync.read(renderJobPng(decodeJob(bytes), 32));
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4]! < 128;
    expect(readBarcode(png.width, png.height, dark).text).toBe('8991234567891');
  });
});
