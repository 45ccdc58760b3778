// Each printer profile's bytes, decoded by our tokenizer: what a clone really receives.
import { describe, expect, it } from 'vitest';
import { buildSaleReceipt } from '../../shared/receipt/saleReceipt';
import { buildTestPage } from '../../shared/receipt/testPage';
import { encodeDocument, withSingleByteReset } from '../../drivers/escpos/encode';
import { resolveProfile, type PrinterProfile } from '../../drivers/escpos/profile';
import { profileCatalogue } from '../../drivers/escpos/profiles';
import { qrMatrix } from '../../drivers/escpos/qrImage';
import { decodeJob, rasterDot, tokenize } from '../../drivers/escpos/tokenizer';
import { sampleReceiptInput } from '../support/receiptFixtures';

const clones = profileCatalogue().filter((p) => p.clone);
const widthOf = (id: string) => (id === 'xp-80c' || id === 'pos-8360' ? 80 : 58);

function struk(printer: PrinterProfile) {
  const p = resolveProfile(printer);
  const bytes = encodeDocument(buildSaleReceipt(sampleReceiptInput(p.width, { columns: p.columns })), printer);
  return { bytes, job: decodeJob(bytes), tokens: tokenize(bytes) };
}

describe.each(clones.map((c) => c.id))('clone profile %s', (model) => {
  const printer: PrinterProfile = { model, width: widthOf(model), codepage: 'auto' };
  const { bytes, job, tokens } = struk(printer);
  const caps = resolveProfile(printer);

  it('sends FS . (leave Chinese double-byte mode) right after ESC @', () => {
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x1b, 0x40, 0x1c, 0x2e]);
    expect(tokens.find((t) => t.kind === 'command' && t.name === 'character-mode')).toMatchObject({ bytes: [0x1c, 0x2e] });
  });

  it(`prints the receipt QR ${caps.qr === 'raster' ? 'as a GS v 0 raster image (no GS ( k at all)' : 'natively with GS ( k'}`, () => {
    const native = tokens.some((t) => t.kind === 'command' && t.name.startsWith('qrcode'));
    const images = job.items.filter((i) => i.kind === 'image');
    if (caps.qr === 'native') {
      expect(job.qrcodes).toEqual(['GI-20261120-0007']);
      expect(images).toEqual([]);
    } else {
      expect(native).toBe(false);
      expect(images).toHaveLength(1);
    }
  });

  it('keeps the text, the drawer kick, and a cut only where the printer has a cutter', () => {
    expect(job.lines.join('\n')).toContain('GI-20261120-0007');
    expect(job.pulses).toEqual([{ pin: 0, on: 25, off: 250 }]);
    expect(job.cuts).toBe(caps.cut === 'none' ? 0 : 1);
  });
});

describe('raster fallbacks and font B', () => {
  it('the raster QR is the QR of the receipt number, dot for dot (sampled at each module centre)', () => {
    const { job } = struk({ model: 'zj-5870', width: 58, codepage: 'auto' });
    const img = job.items.find((i) => i.kind === 'image');
    if (img?.kind !== 'image') throw new Error('no raster image');
    const qr = qrMatrix('GI-20261120-0007');
    const dotsPerModule = 5;
    for (let r = 0; r < qr.size; r++) {
      for (let c = 0; c < qr.size; c++) {
        const x = (c + 4) * dotsPerModule + 2;
        const y = (r + 4) * dotsPerModule + 2;
        expect(rasterDot(img, x, y), `module ${r},${c}`).toBe(qr.dark(r, c));
      }
    }
  });

  it('a calibration answer "native QR failed" turns a native profile to raster, and back', () => {
    expect(struk({ model: 'pos-5890', width: 58, codepage: 'auto', qr: 'raster' }).job.qrcodes).toEqual([]);
    expect(struk({ model: 'zj-5870', width: 58, codepage: 'auto', qr: 'native' }).job.qrcodes).toEqual(['GI-20261120-0007']);
  });

  it('a profile without GS k barcodes sends an image and the digits instead of GS k (read back in rasterBarcode.test.ts)', () => {
    const page = buildTestPage({ width: 58, printer: 'x', at: '2026-11-20 10:00' });
    const native = decodeJob(encodeDocument(page, { model: 'pos-5890', width: 58, codepage: 'auto' }));
    expect(native.barcodes).toEqual([{ symbology: 'ean13', data: '8991234567891' }]);
    const bytes = encodeDocument(page, { model: 'hop-e58', width: 58, codepage: 'auto' });
    expect(tokenize(bytes).some((t) => t.kind === 'command' && t.name === 'barcode')).toBe(false);
    // The barcode image, then the test page's QR as an image (HOP-E58 has no native QR either).
    expect(decodeJob(bytes).items.filter((i) => i.kind === 'image')).toHaveLength(2);
    expect(decodeJob(bytes).lines.map((l) => l.trim())).toContain('8991234567891');
  });

  it('font B on 58 mm: ESC M 1, and the struk laid out to 42 columns', () => {
    const printer: PrinterProfile = { model: 'pos-5890', width: 58, codepage: 'auto', font: 'B' };
    expect(resolveProfile(printer).columns).toBe(42);
    const { job, tokens } = struk(printer);
    expect(tokens.find((t) => t.kind === 'command' && t.name === 'font' && t.value === 1)).toBeDefined();
    expect(new Set(job.fonts)).toEqual(new Set(['B']));
    expect(Math.max(...job.lines.map((l) => l.length))).toBe(42);
    expect(job.lines.find((l) => l.startsWith('TOTAL'))).toHaveLength(42);
  });

  it('font B is refused where the profile has none: HOP-E58 stays at 32 columns in font A', () => {
    const printer: PrinterProfile = { model: 'hop-e58', width: 58, codepage: 'auto', font: 'B' };
    expect(resolveProfile(printer)).toMatchObject({ font: 'A', columns: 32 });
    expect(new Set(struk(printer).job.fonts)).toEqual(new Set(['A']));
  });

  it('FS . is put back after ESC @ if the bytes lack it, and not doubled', () => {
    expect(Array.from(withSingleByteReset(Uint8Array.of(0x1b, 0x40, 0x41)))).toEqual([0x1b, 0x40, 0x1c, 0x2e, 0x41]);
    expect(Array.from(withSingleByteReset(Uint8Array.of(0x1b, 0x40, 0x1c, 0x2e, 0x41)))).toEqual([0x1b, 0x40, 0x1c, 0x2e, 0x41]);
  });

  it('an encoder model without native QR (Epson TM-T88II) falls back to raster by itself', () => {
    expect(resolveProfile({ model: 'epson-tm-t88ii', width: 80, codepage: 'auto' }).qr).toBe('raster');
  });
});
