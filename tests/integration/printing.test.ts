import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { openLpgWorld, nikOf, type LpgWorld } from '../support/lpgWorld';
import { errorOf } from '../support/tempHost';
import { errorText } from '../../shared/i18n/errorMessages';
import { startVirtualPrinter, type VirtualPrinter } from '../../drivers/virtualPrinter/server';
import type { PrintJobView, PrintOutcome, PrintPreview } from '../../shared/api/printing';
import type { HostEvent } from '../../shared/events';

let w: LpgWorld;
let vp: VirtualPrinter;
let events: HostEvent[];

beforeEach(async () => {
  w = await openLpgWorld();
  vp = await startVirtualPrinter({ columns: 32 });
  events = [];
  w.h.events.subscribe((e) => events.push(e));
});
afterEach(async () => {
  await vp.close();
  w.h.dispose();
});

const usePrinter = (uri: string) => w.manajer('printer.config.set', { uri, width: 58, model: 'pos-5890' });

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('printing a committed sale', () => {
  it('prints the LPG struk on the printer: masked NIK, category, HET, subsidy notice, Pertamina 135, drawer kick', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const buyer = await w.buyer(1234);
    const sold = await w.sell({ buyerId: buyer });
    const next = vp.nextJob();
    const out = await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    expect(out.job).toMatchObject({ status: 'done', error: null });
    expect(out.job!.bytesWritten).toBe(out.job!.bytesTotal);

    const job = await next;
    const text = job.lines.join('\n');
    expect(text).toContain(sold.receiptNo);
    expect(job.lines).toContain('  NIK ****1234 (RT)');
    expect(job.lines).toContain('  HET Rp19.000');
    expect(text).toContain('Pengaduan LPG: Pertamina 135');
    expect(text.replace(/\s+/g, ' ')).toContain('Barang subsidi - dilarang diperjualbelikan kembali');
    expect(text).not.toContain(nikOf(1234));
    expect(job.pulses).toEqual([{ pin: 0, on: 25, off: 250 }]);
    expect(job.qrcodes).toEqual([sold.receiptNo]);
    expect(events.find((e) => e.type === 'print.job')?.payload).toMatchObject({ status: 'done' });
    // the preview is the same text the printer got
    expect(out.preview.lines).toEqual(job.lines);
  });

  it('without a printer, print.sale returns the preview (text + PNG) and no job', async () => {
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 2000 }]);
    const out = await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    expect(out.job).toBeNull();
    expect(out.preview.png).toMatch(/^data:image\/png;base64,/);
    expect(out.preview.lines.find((l) => l.startsWith('TOTAL'))).toMatch(/Rp35\.000$/);
    expect(out.preview.lines).toContain('  HAP Rp17.500');
    expect((await w.kasir<PrintPreview>('print.preview', {})).title).toBe(`Struk ${sold.receiptNo}`);
  });

  it('an offline printer fails the job (shown with cetak ulang), the sale stays; reprint prints a COPY without the drawer, audited', async () => {
    const deadPort = await freePort();
    await usePrinter(`tcp://127.0.0.1:${deadPort}`);
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    const failed = await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    expect(failed.job).toMatchObject({ status: 'failed', bytesWritten: 0, error: { code: 'PRINTER_CONNECT_REFUSED' } });
    expect(await w.kasir('sales.get', { saleId: sold.saleId })).toMatchObject({ status: 'completed', receiptNo: sold.receiptNo });
    expect((await w.kasir<PrintJobView[]>('print.jobs', {}))[0]).toMatchObject({ status: 'failed', title: `Struk ${sold.receiptNo}` });

    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const next = vp.nextJob();
    const again = await w.kasir<PrintOutcome>('print.reprint', { saleId: sold.saleId });
    expect(again.job?.status).toBe('done');
    const job = await next;
    expect(job.lines[0]?.trim()).toBe('*** SALINAN / COPY ***');
    expect(job.pulses).toEqual([]);
    const audited = w.h.core.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.reprint' AND entity_id = ?").pluck().get(sold.saleId);
    expect(audited).toBe(1);
  });

  it('one original per sale: print.sale again prints a SALINAN / COPY without the drawer pulse, audited', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    let next = vp.nextJob();
    await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    const original = await next;
    expect(original.lines.join('\n')).not.toContain('SALINAN');
    expect(original.pulses).toHaveLength(1);

    next = vp.nextJob();
    const again = await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    expect(again.job?.title).toBe(`Salinan struk ${sold.receiptNo}`);
    const copy = await next;
    expect(copy.lines[0]?.trim()).toBe('*** SALINAN / COPY ***');
    expect(
      copy.lines
        .filter((l) => l.trim())
        .at(-1)
        ?.trim(),
    ).toBe('*** SALINAN / COPY ***');
    expect(copy.pulses).toEqual([]);
    const rows = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'receipt.reprint' AND entity_id = ?").pluck().all(sold.saleId) as string[];
    expect(rows.map((r) => JSON.parse(r))).toEqual([{ receiptNo: sold.receiptNo, via: 'print.sale' }]);
  });

  it('two terminals printing the same sale at once get one original and one copy between them', async () => {
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    const outs = await Promise.all([
      w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId }),
      w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId }),
    ]);
    const copies = outs.filter((o) => o.preview.lines[0]?.trim() === '*** SALINAN / COPY ***');
    expect(copies).toHaveLength(1);
    expect(outs.map((o) => o.preview.title).sort()).toEqual([`Salinan struk ${sold.receiptNo}`, `Struk ${sold.receiptNo}`]);
  });

  it('a cetak ulang pressed before any print uses up the original: a later print.sale is a copy too', async () => {
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    await w.kasir('print.reprint', { saleId: sold.saleId });
    const later = await w.kasir<PrintOutcome>('print.sale', { saleId: sold.saleId });
    expect(later.preview.title).toBe(`Salinan struk ${sold.receiptNo}`);
    expect(w.h.core.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.reprint' AND entity_id = ?").pluck().get(sold.saleId)).toBe(2);
  });

  it('print job ids are unique across printers', async () => {
    const other = await startVirtualPrinter({ columns: 32 });
    try {
      const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
      await usePrinter(`tcp://127.0.0.1:${vp.port}`);
      await w.kasir('print.sale', { saleId: sold.saleId });
      await w.kasir('print.testPage', {});
      await usePrinter(`tcp://127.0.0.1:${other.port}`);
      await w.kasir('print.reprint', { saleId: sold.saleId });
      await w.kasir('print.testPage', {});
      const jobs = await w.kasir<PrintJobView[]>('print.jobs', {});
      expect(new Set(jobs.map((j) => j.printer)).size).toBe(2);
      expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
    } finally {
      await other.close();
    }
  });

  it('calibration: the page shows rulers, code page samples, native and image QR, barcode, cut; the answers shape every later struk', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    let next = vp.nextJob();
    expect((await w.manajer<PrintOutcome>('print.calibration', {})).job?.status).toBe('done');
    const page = await next;
    expect(page.lines).toContain('----+----1----+----2----+----3--');
    expect(page.lines).toContain('----+----1----+----2----+----3----+----4--');
    expect(page.fonts[page.lines.indexOf('----+----1----+----2----+----3----+----4--')]).toBe('B');
    expect(page.lines.filter((l) => /^2\.\d /.test(l))).toHaveLength(4);
    expect(page.qrcodes).toEqual(['KASIR-KKMP-KALIBRASI']);
    // 3b the QR as an image, 4b the barcode as an image.
    expect(page.items.filter((i) => i.kind === 'image')).toHaveLength(2);
    expect(page.barcodes).toEqual([{ symbology: 'ean13', data: '8991234567891' }]);
    expect(page.cuts).toBe(1);
    expect((await errorOf(w.kasir('printer.calibration.save', { fontB: true, codepage: 'auto', qr: 'raster', barcode: 'native', cut: 'none' }))).code).toBe(
      'ROLE_FORBIDDEN',
    );

    await w.manajer('printer.calibration.save', { fontB: true, codepage: 'cp858', qr: 'raster', barcode: 'native', cut: 'none' });
    expect(await w.kasir('printer.config.get', {})).toMatchObject({ calibration: { font: 'B', columns: 42, codepage: 'cp858', qr: 'raster', cut: 'none' } });
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    next = vp.nextJob();
    await w.kasir('print.sale', { saleId: sold.saleId });
    const struk = await next;
    expect(struk.lines.find((l) => l.startsWith('TOTAL'))).toHaveLength(42);
    expect(struk.qrcodes).toEqual([]);
    expect(struk.items.filter((i) => i.kind === 'image')).toHaveLength(1);
    expect(struk.cuts).toBe(0);
    const audited = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'printer.calibration'").pluck().get() as string;
    expect(JSON.parse(audited)).toMatchObject({ model: 'pos-5890', fontB: true, qr: 'raster' });

    // Another printer model starts from its own profile again.
    await w.manajer('printer.config.set', { uri: `tcp://127.0.0.1:${vp.port}`, width: 58, model: 'hop-e58' });
    expect(await w.kasir('printer.config.get', {})).toMatchObject({ calibration: { font: 'A', columns: 32, qr: 'raster', barcode: 'raster', cut: 'none' } });
  });

  it('drawer.open kicks the drawer through the printer and is audited with the reason', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const next = vp.nextJob();
    const r = await w.kasir<{ job: PrintJobView }>('drawer.open', { reason: 'tukar uang kecil' });
    expect(r.job.status).toBe('done');
    expect((await next).pulses).toEqual([{ pin: 0, on: 25, off: 250 }]);
    const row = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'drawer.open'").pluck().get() as string;
    expect(JSON.parse(row)).toMatchObject({ reason: 'tukar uang kecil' });
  });

  it('printer settings: a kasir may not change them; a bad address is refused in words', async () => {
    expect((await errorOf(w.kasir('printer.config.set', { uri: 'tcp://x', width: 58, model: 'pos-5890' }))).code).toBe('ROLE_FORBIDDEN');
    expect(await errorOf(usePrinter('lpt1'))).toEqual({ code: 'PRINTER_URI_INVALID', params: { uri: 'lpt1' } });
    expect(await errorOf(usePrinter('ble:66:22:8A:10:3F:01'))).toEqual({ code: 'PRINTER_BLE_UNSUPPORTED', params: { uri: 'ble:66:22:8A:10:3F:01' } });
    expect(errorText('PRINTER_BLE_UNSUPPORTED', { uri: 'ble:X' }, 'id')).toContain('belum didukung');
    await w.manajer('printer.config.set', { uri: `tcp://127.0.0.1:${vp.port}`, width: 80, model: 'xprinter-xp-t80q' });
    expect(await w.kasir('printer.config.get', {})).toMatchObject({ uri: `tcp://127.0.0.1:${vp.port}`, width: 80, model: 'xprinter-xp-t80q' });
    expect(await w.kasir('printer.status', {})).toEqual({ online: true, paperOut: false, raw: [0x16, 0x12] });
  });

  it('prints the X/Z report of a shift from the shifts feature', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const shift = await w.kasir<{ shiftId: string }>('shifts.open', { openingFloat: 150_000 });
    const next = vp.nextJob();
    expect((await w.kasir<PrintOutcome>('print.zReport', { shiftId: shift.shiftId })).job?.status).toBe('done');
    const job = await next;
    expect(job.lines.map((l) => l.trim())).toContain('LAPORAN X (SHIFT BERJALAN)');
    expect(job.lines.find((l) => l.startsWith('Kas seharusnya'))).toMatch(/Rp150\.000$/);
    expect(job.cuts).toBe(1);
  });

  it('an identified SPHP buyer shows as a masked NIK under the SPHP line', async () => {
    await w.buyer(77);
    const sold = await w.sellLines([{ productId: w.products.sphp, qtyMilli: 2000 }], { saleExtra: { buyerNik: nikOf(77) } });
    const preview = await w.kasir<PrintPreview>('print.preview', { saleId: sold.saleId });
    expect(preview.lines).toContain('  NIK ****0077 (pembeli)');
    expect(preview.lines.join(' ')).not.toContain(nikOf(77));
  });

  it('prints a member card (CODE128 of the card code) and an SHU slip from the members feature', async () => {
    await usePrinter(`tcp://127.0.0.1:${vp.port}`);
    const member = await w.manajer<{ id: string; memberNo: string; cardCode: string }>('members.create', {
      name: 'Siti Aminah',
      joinDate: '2026-01-02',
      payPokok: true,
    });
    let next = vp.nextJob();
    expect((await w.kasir<PrintOutcome>('print.memberCard', { memberId: member.id })).job?.status).toBe('done');
    expect((await next).barcodes).toEqual([{ symbology: 'code128', data: member.cardCode }]);

    await w.sellLines([{ productId: w.products.gula, qtyMilli: 2000 }], { memberId: member.id });
    const run = await w.manajer<{ runId?: string; id?: string }>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    next = vp.nextJob();
    const out = await w.kasir<PrintOutcome>('print.shuSlip', { runId: run.runId ?? run.id, memberId: member.id });
    expect(out.job?.status).toBe('done');
    const slip = await next;
    expect(slip.lines.map((l) => l.trim())).toContain('SLIP SHU TAHUN BUKU 2026');
    expect(slip.lines.find((l) => l.startsWith('No. anggota'))).toMatch(new RegExp(`${member.memberNo}$`));
  });
});
