// Bulog allocations at the pusat (issue 19 item 5) on real PostgreSQL over real HTTP, with a real
// outlet host (SQLite file) syncing its deliveries and sales: the dinas sets a koperasi's monthly
// allocation per product, a pendamping may read but not set it, every change is kept with who made
// it, the panel's received and sold equal what the gerai posted and sold, and the Satgas XLSX (read
// back with exceljs) and PDF (pdftotext) carry the same allocation columns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralHost } from '../../central/host';
import { kkmp } from '../support/cli';
import { openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { requirePostgres } from '../support/postgres';
import { openPusatWorld, type Api } from '../support/pusatWorld';
import { errorOf } from '../support/tempHost';

const pgReady = await requirePostgres();

interface Row {
  koperasiId: string;
  sku: string;
  program: string;
  allocationMilli: number | null;
  receivedMilli: number;
  soldMilli: number;
  toComeMilli: number | null;
}

describe.skipIf(!pgReady)('Bulog allocation per koperasi on real PostgreSQL', () => {
  let central: CentralHost;
  let url: string;
  let close: () => Promise<void>;
  let dinas: Api;
  let pendamping: Api;
  let a: LpgWorld;

  beforeAll(async () => {
    ({ central, url, dinas, pendamping, close } = await openPusatWorld('kkmp_bulog_it'));
    a = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    const { code } = await dinas<{ code: string }>('enrolment.createCode', { koperasiId: 'kkmp-graha-indah', outletName: 'Gerai Graha Indah' });
    expect((await kkmp('sync', '--db', a.h.dbFile, '--central', url, '--enrol', code)).code).toBe(0);
  }, 180_000);

  afterAll(async () => {
    a?.h.dispose();
    await close?.();
  });

  it('the dinas sets an allocation; received and sold equal the gerai’s posted delivery and sales; the rest is still to come', async () => {
    // Bulog brings 20 sak SPHP, one torn: 19 count as received. Two sak are sold.
    const bulog = await a.manajer<{ id: string }>('deliveries.create', {
      source: 'BULOG',
      supplier: 'Bulog Kanwil Kaltim-Kaltara',
      docNo: 'DO-2026-01-0077',
      klikSphpRef: 'KSPHP-889200',
      deliveryDate: '2026-01-09',
      lines: [{ productId: a.products.sphp, expectedMilli: 20_000, unitCost: 56_500 }],
    });
    await a.manajer('deliveries.count', { deliveryId: bulog.id, lines: [{ lineNo: 1, countedMilli: 20_000, damagedMilli: 1_000, reason: 'Satu sak sobek' }] });
    await a.manajer('deliveries.post', { deliveryId: bulog.id });
    await a.sellLines([{ productId: a.products.sphp, qtyMilli: 1000 }]);
    await a.sellLines([{ productId: a.products.sphp, qtyMilli: 1000 }]);
    expect((await kkmp('sync', '--db', a.h.dbFile, '--central', url)).code).toBe(0);

    const input = { koperasiId: 'kkmp-graha-indah', sku: 'SPHP-5', program: 'SPHP', month: '2026-01', qtyMilli: 30_000 };
    await dinas('allocations.set', { ...input, qtyMilli: 25_000 });
    await dinas('allocations.set', input);

    const received = (await pendamping<{ sku: string; receivedMilli: number }[]>('dash.stock', { month: '2026-01' })).find((r) => r.sku === 'SPHP-5')!;
    const rows = await pendamping<Row[]>('dash.bulogAllocation', { month: '2026-01' });
    expect(rows.find((r) => r.sku === 'SPHP-5')).toEqual(
      expect.objectContaining({ allocationMilli: 30_000, receivedMilli: 19_000, soldMilli: 2_000, toComeMilli: 11_000 }),
    );
    // The same delivery the stock panel reads: one source of truth for what came in.
    expect(received.receivedMilli).toBe(19_000);
    // Minyakita: the gerai sells it, but no allocation was set: null, not zero.
    expect(rows.find((r) => r.sku === 'MK-1L')).toEqual(expect.objectContaining({ allocationMilli: null, toComeMilli: null, receivedMilli: 0 }));
    // The pendamping sees only the assigned koperasi; the dinas sees the kota.
    expect(new Set(rows.map((r) => r.koperasiId))).toEqual(new Set(['kkmp-graha-indah']));

    const listed = await pendamping<{ sku: string; qtyMilli: number; setBy: string }[]>('allocations.list', { month: '2026-01' });
    expect(listed).toEqual([expect.objectContaining({ sku: 'SPHP-5', qtyMilli: 30_000, setBy: 'dinas.bpn' })]);
    const changes = await central.db.query<{ qty_milli_before: string | null; qty_milli: string }>(
      'SELECT qty_milli_before, qty_milli FROM bulog_allocation_changes ORDER BY id',
    );
    expect(changes.map((c) => [c.qty_milli_before === null ? null : Number(c.qty_milli_before), Number(c.qty_milli)])).toEqual([
      [null, 25_000],
      [25_000, 30_000],
    ]);
  });

  it('more received than allocated leaves nothing to come, and another month has no allocation', async () => {
    await dinas('allocations.set', { koperasiId: 'kkmp-graha-indah', sku: 'SPHP-5', program: 'SPHP', month: '2026-01', qtyMilli: 15_000 });
    const jan = await dinas<Row[]>('dash.bulogAllocation', { month: '2026-01' });
    expect(jan.find((r) => r.sku === 'SPHP-5')).toEqual(expect.objectContaining({ allocationMilli: 15_000, toComeMilli: 0 }));
    const feb = await dinas<Row[]>('dash.bulogAllocation', { month: '2026-02' });
    expect(feb.find((r) => r.sku === 'SPHP-5')).toEqual(expect.objectContaining({ allocationMilli: null, receivedMilli: 0 }));
  });

  it('an allocation needs the dinas: a pendamping may not set one, nor the dinas for a koperasi outside its kota', async () => {
    const input = { koperasiId: 'kkmp-graha-indah', sku: 'SPHP-5', program: 'SPHP', month: '2026-01', qtyMilli: 1_000 };
    expect((await errorOf(pendamping('allocations.set', input))).code).toBe('ROLE_FORBIDDEN');
    expect((await errorOf(dinas('allocations.set', { ...input, koperasiId: 'kkmp-lain-kota' }))).code).toBe('CENTRAL_KOPERASI_UNKNOWN');
    expect((await errorOf(dinas('allocations.set', { ...input, qtyMilli: 1.5 }))).code).toBe('INPUT_INVALID');
    const listed = await dinas<{ qtyMilli: number }[]>('allocations.list', { month: '2026-01' });
    expect(listed.map((l) => l.qtyMilli)).toEqual([15_000]);
  });

  it('the Satgas XLSX and PDF carry the allocation, received, sold and still-to-come columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkmp-bulog-satgas-'));
    const xlsx = await dinas<{ filename: string; base64: string }>('report.satgas', { month: '2026-01', format: 'xlsx' });
    const xlsxFile = join(dir, xlsx.filename);
    writeFileSync(xlsxFile, Buffer.from(xlsx.base64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const sheet = wb.getWorksheet('Alokasi Bulog')!;
    const lines = [];
    for (let i = 1; i <= sheet.rowCount; i++) lines.push((sheet.getRow(i).values as unknown[]).slice(1));
    expect(lines[0]).toEqual(['Koperasi', 'Produk', 'Program', 'Satuan', 'Alokasi', 'Diterima', 'Terjual', 'Belum datang']);
    expect(lines.slice(1)).toEqual([
      // No allocation: the cells are empty, not 0 (exceljs reads an empty cell back as a hole).
      ['KKMP Graha Indah', 'Minyakita 1 L', 'Minyakita', 'pcs', undefined, 0, 0],
      ['KKMP Graha Indah', 'Beras SPHP 5 kg', 'Beras SPHP', 'sak', 15, 19, 2, 0],
    ]);

    const pdf = await pendamping<{ filename: string; base64: string }>('report.satgas', { month: '2026-01', format: 'pdf' });
    const file = join(dir, pdf.filename);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Alokasi Bulog terhadap diterima');
    expect(text).toMatch(/Beras SPHP 5 kg\s+Beras SPHP\s+sak\s+15\s+19\s+2\s+0/);
    expect(text).toMatch(/Minyakita 1 L\s+Minyakita\s+pcs\s+belum ada\s+0\s+0\s+–/);
  });
});
