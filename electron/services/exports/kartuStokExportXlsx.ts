// XLSX through exceljs's streaming WorkbookWriter: each row is committed and leaves memory. The
// summary sheet ("Ringkasan") is written first and committed before the ledger streams (it is
// computed up front by SQL), because an open sheet would make the zip buffer every later sheet.
// A sheet holds at most 1,048,576 rows: the ledger continues on "Kartu stok (2)", ... past that.
import ExcelJS from 'exceljs';
import type { ExportHeader, LedgerWriter } from './kartuStokExport';
import type { KartuStokRow, KartuStokSummary } from '../stock/kartuStok';
import { kindLabel, qtyNumber } from './kartuStokFormat';

const MAX_ROWS_PER_SHEET = 1_000_000;
const QTY_FMT = '#,##0.###';
const RP_FMT = '#,##0';

const LEDGER_COLUMNS = [
  { header: 'Kode', key: 'sku', width: 14 },
  { header: 'Nama barang', key: 'name', width: 28 },
  { header: 'Tanggal (WITA)', key: 'at', width: 19, style: { numFmt: 'dd/mm/yyyy hh:mm:ss' } },
  { header: 'Jenis', key: 'kind', width: 14 },
  { header: 'Dokumen', key: 'doc', width: 22 },
  { header: 'Masuk', key: 'in', width: 10, style: { numFmt: QTY_FMT } },
  { header: 'Keluar', key: 'out', width: 10, style: { numFmt: QTY_FMT } },
  { header: 'Saldo', key: 'balance', width: 10, style: { numFmt: QTY_FMT } },
  { header: 'Harga pokok', key: 'cost', width: 12, style: { numFmt: RP_FMT } },
  { header: 'Pengguna', key: 'user', width: 14 },
  { header: 'Keterangan', key: 'note', width: 40 },
];

/** The WITA wall-clock time as an Excel date (Excel dates carry no zone). */
function excelDate(atLocal: string): Date {
  return new Date(`${atLocal.replace(' ', 'T')}Z`);
}

export function xlsxWriter(file: string): LedgerWriter {
  let wb: ExcelJS.stream.xlsx.WorkbookWriter;
  let sheet: ExcelJS.Worksheet;
  let sheetNo = 0;
  let rowsInSheet = 0;
  const newLedgerSheet = () => {
    sheetNo++;
    sheet = wb.addWorksheet(sheetNo === 1 ? 'Kartu stok' : `Kartu stok (${sheetNo})`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = LEDGER_COLUMNS;
    sheet.getRow(1).font = { bold: true };
    rowsInSheet = 1;
  };
  const add = (values: Record<string, unknown>, bold = false) => {
    if (rowsInSheet >= MAX_ROWS_PER_SHEET) {
      sheet.commit();
      newLedgerSheet();
    }
    const row = sheet.addRow(values);
    if (bold) row.font = { bold: true };
    row.commit();
    rowsInSheet++;
  };
  return {
    async begin(header: ExportHeader, summaries: KartuStokSummary[]) {
      wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
      wb.creator = 'Kasir KKMP';
      const sum = wb.addWorksheet('Ringkasan');
      sum.addRow([`Kartu stok — ${header.outletName}`]).font = { bold: true, size: 14 };
      sum.addRow(['Periode', `${header.from} s.d. ${header.to}`]);
      sum.addRow(['Dibuat', `${header.generatedAtLocal} WITA`]);
      sum.addRow([]);
      const head = sum.addRow(['Kode', 'Nama barang', 'Satuan', 'Saldo awal', 'Masuk', 'Keluar', 'Saldo akhir', 'Jumlah mutasi']);
      head.font = { bold: true };
      sum.columns.forEach((c, i) => (c.width = [14, 30, 8, 12, 12, 12, 12, 14][i]));
      for (const s of summaries) {
        const r = sum.addRow([s.sku, s.name, s.unit, qtyNumber(s.openingMilli), qtyNumber(s.inMilli), qtyNumber(s.outMilli), qtyNumber(s.closingMilli), s.moves]);
        for (const c of [4, 5, 6, 7]) r.getCell(c).numFmt = QTY_FMT;
      }
      sum.commit();
      newLedgerSheet();
    },
    async product(s) {
      add({ sku: s.sku, name: s.name, kind: 'Saldo awal', balance: qtyNumber(s.openingMilli) }, true);
    },
    async rows(s, rows: KartuStokRow[]) {
      for (const r of rows) {
        add({
          sku: s.sku, name: s.name, at: excelDate(r.atLocal), kind: kindLabel(r.kind), doc: r.document,
          in: r.inMilli ? qtyNumber(r.inMilli) : null, out: r.outMilli ? qtyNumber(r.outMilli) : null, balance: qtyNumber(r.balanceMilli),
          cost: r.unitCost, user: r.user, note: r.note,
        });
      }
      // Rows are committed; the zip stream drains while we wait for the next page.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async endProduct(s) {
      add({ sku: s.sku, name: s.name, kind: 'Saldo akhir', in: qtyNumber(s.inMilli), out: qtyNumber(s.outMilli), balance: qtyNumber(s.closingMilli) }, true);
    },
    async finish() {
      sheet.commit();
      await wb.commit();
    },
    async abort() {
      if (!wb) return;
      await wb.commit().catch(() => undefined);
    },
  };
}
