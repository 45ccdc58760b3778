import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { PNG } from 'pngjs';
import { addUser, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { exportKartuStok } from '../../electron/services/exports/kartuStokExport';
import { runCli } from '../../electron/host/cli/runCli';
import type { FileDownload } from '../../shared/api/common';

let h: TempHost;
let manajer: Caller;

/** Moves at given instants: the clock is moved so each lands on its day (WITA = UTC+8). */
function move(productId: string, at: string, qtyMilli: number, kind: 'receipt' | 'sale' | 'damage', unitCost: number | null = null) {
  h.clock.now = new Date(at);
  inTransaction(h.core, () =>
    postMove(h.core, {
      productId,
      qtyMilli,
      kind,
      docType: 'test',
      docId: `T-${at.slice(0, 10)}`,
      unitCost,
      userId: null,
      note: kind === 'damage' ? '=rusak; "basah"' : null,
    }),
  );
}

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-10-01T00:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  const gula = createProduct(h.core, { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece' }, null);
  const telur = createProduct(h.core, { sku: 'TELUR', name: 'Telur ayam', unit: 'kg', soldBy: 'weight' }, null);
  move(gula, '2026-10-20T02:00:00Z', 50_000, 'receipt', 15_000); // before the period: opening 50
  move(gula, '2026-11-02T01:30:00Z', -3_000, 'sale');
  move(telur, '2026-11-03T03:00:00Z', 12_500, 'receipt', 25_000);
  move(telur, '2026-11-04T04:00:00Z', -1_250, 'sale');
  move(gula, '2026-11-05T15:59:00Z', -1_000, 'damage'); // 23:59 WITA on the 5th
  move(gula, '2026-11-30T16:30:00Z', -2_000, 'sale'); // 00:30 WITA on 1 December: outside
  manajer = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

describe('kartu stok exports, read back with independent readers', () => {
  it('CSV: UTF-8 BOM, semicolons, decimal comma, opening and closing rows, formula-safe text', async () => {
    const out = join(h.dir, 'ks.csv');
    const r = await exportKartuStok(h.core, { format: 'csv', skus: 'all', from: '2026-11-01', to: '2026-11-30', out });
    expect(r).toMatchObject({ products: 2, rows: 4 });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x['Kode'], x['Tanggal (WITA)'], x['Jenis'], x['Masuk'], x['Keluar'], x['Saldo']])).toEqual([
      ['GULA1', '', 'Saldo awal', '', '', '50'],
      ['GULA1', '2026-11-02 09:30:00', 'Penjualan', '', '3', '47'],
      ['GULA1', '2026-11-05 23:59:00', 'Rusak', '', '1', '46'],
      ['GULA1', '', 'Saldo akhir', '0', '4', '46'],
      ['TELUR', '', 'Saldo awal', '', '', '0'],
      ['TELUR', '2026-11-03 11:00:00', 'Penerimaan', '12,5', '', '12,5'],
      ['TELUR', '2026-11-04 12:00:00', 'Penjualan', '', '1,25', '11,25'],
      ['TELUR', '', 'Saldo akhir', '12,5', '1,25', '11,25'],
    ]);
    // A note starting with '=' is not a formula for Excel, and its quotes and ';' survive.
    expect(rows[2]!['Keterangan']).toBe(`'=rusak; "basah"`);
    expect(rows[5]!['Harga pokok']).toBe('25000');
  });

  it('XLSX (streamed): a summary sheet and the ledger sheet with numbers and dates', async () => {
    const out = join(h.dir, 'ks.xlsx');
    await exportKartuStok(h.core, { format: 'xlsx', skus: 'all', from: '2026-11-01', to: '2026-11-30', out });
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Ringkasan', 'Kartu stok']);
    const summary = sheets[0]!.data;
    const head = summary.findIndex((row) => row[0] === 'Kode');
    expect(summary.slice(head + 1)).toEqual([
      ['GULA1', 'Gula pasir 1 kg', 'pcs', 50, 0, 4, 46, 2],
      ['TELUR', 'Telur ayam', 'kg', 0, 12.5, 1.25, 11.25, 2],
    ]);
    const ledger = sheets[1]!.data;
    expect(ledger[0]).toEqual([
      'Kode',
      'Nama barang',
      'Tanggal (WITA)',
      'Jenis',
      'Dokumen',
      'Masuk',
      'Keluar',
      'Saldo',
      'Harga pokok',
      'Pengguna',
      'Keterangan',
    ]);
    expect(ledger).toHaveLength(1 + 8);
    const sale = ledger[2]!;
    // The WITA wall clock as an Excel date (serial days: the reader's float rounds to the second).
    expect(Math.round((sale[2] as unknown as Date).getTime() / 1000) * 1000).toBe(Date.parse('2026-11-02T09:30:00Z'));
    expect([sale[3], sale[6], sale[7]]).toEqual(['Penjualan', 3, 47]);
    expect(ledger[7]!.slice(3, 8)).toEqual(['Penjualan', 'test T-2026-11-04', null, 1.25, 11.25]);
  });

  it('PDF: renders to PNG with pdftoppm, with ink on the page', async () => {
    const out = join(h.dir, 'ks.pdf');
    await exportKartuStok(h.core, { format: 'pdf', skus: ['GULA1'], from: '2026-11-01', to: '2026-11-30', out });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', out, join(h.dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(h.dir, 'page-1.png')));
    expect(png.width).toBeGreaterThan(png.height); // landscape
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark++;
    expect(dark).toBeGreaterThan(500);
  });

  it('cancelling stops the export and removes the partial file', async () => {
    const out = join(h.dir, 'ks-cancel.xlsx');
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportKartuStok(h.core, { format: 'xlsx', skus: 'all', from: '2026-11-01', to: '2026-11-30', out, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(existsSync(out)).toBe(false);
  });

  it('through the job API: start, progress to done, download', async () => {
    const job = await manajer<{ jobId: string; status: string }>('exports.kartuStok', { format: 'csv', skus: ['TELUR'], from: '2026-11-01', to: '2026-11-30' });
    let status = job.status;
    for (let i = 0; i < 100 && status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await manajer<{ status: string }>('exports.status', { jobId: job.jobId })).status;
    }
    expect(status).toBe('done');
    const file = await manajer<FileDownload>('exports.download', { jobId: job.jobId });
    expect(file.fileName).toBe('kartu-stok_TELUR_2026-11-01_2026-11-30.csv');
    const rows = parse(Buffer.from(file.contentBase64, 'base64'), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(rows.at(-1)).toMatchObject({ Jenis: 'Saldo akhir', Saldo: '11,25' });
  });

  it('from the CLI, with a clear refusal for a bad flag', async () => {
    const out = join(h.dir, 'cli.xlsx');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(
      await runCli(
        ['export', 'kartu-stok', '--db', h.dbFile, '--sku', 'GULA1', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'xlsx', '--out', out],
        io,
      ),
    ).toBe(0);
    const [summary] = await readXlsxFile(out);
    expect(summary!.data.at(-1)).toEqual(['GULA1', 'Gula pasir 1 kg', 'pcs', 50, 0, 4, 46, 2]);
    expect(
      await runCli(['export', 'kartu-stok', '--db', h.dbFile, '--all', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'docx', '--out', out], io),
    ).toBe(1);
    expect(lines.at(-1)).toContain('--format');
  });

  it('from the CLI with --all, the progress ends at 100 % with every row written', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(
      await runCli(
        ['export', 'kartu-stok', '--db', h.dbFile, '--all', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'csv', '--out', join(h.dir, 'all.csv')],
        io,
      ),
    ).toBe(0);
    const progress = lines.filter((l) => /^\d+% /.test(l));
    expect(progress.at(-1)).toMatch(/^100% \(\d+\/\d+\)$/);
    const [, done, total] = /^100% \((\d+)\/(\d+)\)$/.exec(progress.at(-1)!)!;
    expect(done).toBe(total);
    expect(lines.at(-1)).toContain(`${total} mutasi`);
  });
});
