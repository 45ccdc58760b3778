// The whole-ledger export's own parts: the streaming XLSX read back cell for cell by exceljs (a
// reader independent of the writer) on both sheets and compared with the CSV of the same ledger,
// and the ledger-wide query cut into tiny pages giving what the per-product query gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { openTempHost, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { exportKartuStok } from '../../electron/services/exports/kartuStokExport';
import { kartuStokMoves, ledgerChunks, ledgerSummaries, periodBounds } from '../../electron/services/stock/kartuStok';

let h: TempHost;
const period = { from: '2026-11-01', to: '2026-11-30' };

function move(productId: string, at: string, qtyMilli: number, kind: 'receipt' | 'sale' | 'damage', note: string | null = null) {
  h.clock.now = new Date(at);
  inTransaction(h.core, () =>
    postMove(h.core, {
      productId,
      qtyMilli,
      kind,
      docType: 'test',
      docId: `T-${at.slice(0, 16)}`,
      unitCost: kind === 'receipt' ? 12_000 : null,
      userId: null,
      note,
    }),
  );
}

beforeEach(() => {
  h = openTempHost({ start: new Date('2026-10-01T00:00:00Z') });
  const beras = createProduct(h.core, { sku: 'BERAS', name: 'Beras <premium> & "pulen"', unit: 'kg', soldBy: 'weight' }, null);
  const air = createProduct(h.core, { sku: 'AIR', name: 'Air mineral 600 ml', unit: 'pcs', soldBy: 'piece' }, null);
  const sabun = createProduct(h.core, { sku: 'SABUN', name: 'Sabun batang', unit: 'pcs', soldBy: 'piece' }, null);
  move(sabun, '2026-10-10T02:00:00Z', 7_000, 'receipt'); // opening only: no move in November
  move(beras, '2026-10-15T02:00:00Z', 25_000, 'receipt');
  for (let d = 1; d <= 9; d++) {
    move(beras, `2026-11-0${d}T03:15:00Z`, -1_125, 'sale');
    move(air, `2026-11-0${d}T04:00:00Z`, d % 3 === 0 ? 24_000 : -2_000, d % 3 === 0 ? 'receipt' : 'sale', d === 5 ? '  dus penyok  ' : null);
  }
});
afterEach(() => h.dispose());

type Value = string | number | Date | null;
async function readBack(file: string): Promise<Map<string, Value[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Value[][]>();
  wb.eachSheet((ws) => {
    const rows: Value[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: 11 }, (_, i) => {
        const v = row.getCell(i + 1).value;
        return v === undefined ? null : (v as Value);
      });
    });
    sheets.set(ws.name, rows);
  });
  return sheets;
}

describe('whole-ledger XLSX on the streaming zip, read back by exceljs', () => {
  it('holds, cell for cell, what the CSV of the same ledger holds, and the summary of every product', async () => {
    const xlsx = join(h.dir, 'ledger.xlsx');
    const csv = join(h.dir, 'ledger.csv');
    await exportKartuStok(h.core, { format: 'xlsx', skus: 'all', ...period, out: xlsx });
    await exportKartuStok(h.core, { format: 'csv', skus: 'all', ...period, out: csv });
    const sheets = await readBack(xlsx);
    expect([...sheets.keys()]).toEqual(['Ringkasan', 'Kartu stok']);

    const csvRows = parse(readFileSync(csv), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const ledger = sheets.get('Kartu stok')!;
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
    expect(ledger).toHaveLength(1 + csvRows.length);
    // CSV quantities use the id-ID decimal comma; the sheet holds the numbers themselves.
    const num = (t: string | undefined) => (t ? Number(t.replace(',', '.')) : null);
    const wall = (d: Value | undefined) => (d instanceof Date ? d.toISOString().slice(0, 19).replace('T', ' ') : d);
    csvRows.forEach((c, i) => {
      const x = ledger[i + 1]!;
      expect([x[0], x[1], wall(x[2]), x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10]], `row ${i + 2}`).toEqual([
        c['Kode'],
        c['Nama barang'],
        c['Tanggal (WITA)'] || null,
        c['Jenis'],
        c['Dokumen'] || null,
        num(c['Masuk']),
        num(c['Keluar']),
        num(c['Saldo']),
        num(c['Harga pokok']),
        c['Pengguna'] || null,
        c['Keterangan'] || null,
      ]);
    });
    // The product with only an opening balance still has its two rows; spaces in a note survive.
    expect(ledger.filter((r) => r[0] === 'SABUN').map((r) => [r[3], r[7]])).toEqual([
      ['Saldo awal', 7],
      ['Saldo akhir', 7],
    ]);
    expect(ledger.filter((r) => r[10] === '  dus penyok  ').map((r) => [r[0], wall(r[2])])).toEqual([['AIR', '2026-11-05 12:00:00']]);

    const summary = sheets.get('Ringkasan')!;
    const head = summary.findIndex((r) => r[0] === 'Kode');
    expect(summary.slice(head + 1).map((r) => r.slice(0, 8))).toEqual([
      ['AIR', 'Air mineral 600 ml', 'pcs', 0, 72, 12, 60, 9],
      ['BERAS', 'Beras <premium> & "pulen"', 'kg', 25, 0, 10.125, 14.875, 9],
      ['SABUN', 'Sabun batang', 'pcs', 7, 0, 0, 7, 0],
    ]);
  });

  it('the ledger-wide query in pages of 2 gives each product the rows and balances of its own query', async () => {
    const b = periodBounds(h.core, period);
    const summaries = ledgerSummaries(h.core, b);
    const byProduct = new Map<string, { id: number; balanceMilli: number; atLocal: string }[]>();
    for await (const { summary, rows } of ledgerChunks(h.core, b, summaries, 2)) {
      byProduct.set(summary.sku, [...(byProduct.get(summary.sku) ?? []), ...rows.map((r) => ({ id: r.id, balanceMilli: r.balanceMilli, atLocal: r.atLocal }))]);
    }
    expect([...byProduct.keys()]).toEqual(['AIR', 'BERAS']);
    for (const s of summaries.filter((x) => x.moves > 0)) {
      const own = kartuStokMoves(h.core, s.productId, b, null, 100).rows.map((r) => ({ id: r.id, balanceMilli: r.balanceMilli, atLocal: r.atLocal }));
      expect(byProduct.get(s.sku)).toEqual(own);
      expect(own.at(-1)!.balanceMilli).toBe(s.closingMilli);
    }
    expect(byProduct.get('BERAS')![0]!.atLocal).toBe('2026-11-01 11:15:00');
  });
});
