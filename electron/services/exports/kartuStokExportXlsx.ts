// XLSX of the kartu stok on the streaming writer (xlsxStream.ts): a summary sheet ("Ringkasan",
// computed up front by SQL, so it is complete before the ledger streams) and the ledger sheet.
// A sheet holds at most 1,048,576 rows: the ledger continues on "Kartu stok (2)", ... past that.
import type { ExportHeader, LedgerWriter } from './kartuStokExport';
import type { KartuStokRow, KartuStokSummary } from '../stock/kartuStok';
import { kindLabel, qtyDecimal } from './kartuStokFormat';
import { openXlsx, XlsxStyle, type XlsxBook, type XlsxCell, type XlsxSheet } from './xlsxStream';

const MAX_ROWS_PER_SHEET = 1_000_000;
const LEDGER_HEADER = ['Kode', 'Nama barang', 'Tanggal (WITA)', 'Jenis', 'Dokumen', 'Masuk', 'Keluar', 'Saldo', 'Harga pokok', 'Pengguna', 'Keterangan'];
const LEDGER_WIDTHS = [14, 28, 19, 14, 22, 10, 10, 10, 12, 14, 40];
const SUMMARY_WIDTHS = [14, 30, 8, 12, 12, 12, 12, 14];
const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel serial day
const DAY_MS = 86_400_000;

/** The WITA wall-clock time as an Excel date serial (Excel dates carry no zone). */
function excelSerial(atLocal: string): number {
  return Date.parse(`${atLocal.replace(' ', 'T')}Z`) / DAY_MS + EXCEL_EPOCH_DAYS;
}

const qty = (milli: number, style: XlsxStyle = XlsxStyle.qty): XlsxCell => ({ number: qtyDecimal(milli), style });
const bold = (text: string): XlsxCell => ({ text, style: XlsxStyle.bold });

export function xlsxWriter(file: string): LedgerWriter {
  let book: XlsxBook;
  let sheet: XlsxSheet;
  let sheetNo = 0;
  const newLedgerSheet = () => {
    sheetNo++;
    sheet = book.sheet(sheetNo === 1 ? 'Kartu stok' : `Kartu stok (${sheetNo})`, { widths: LEDGER_WIDTHS, freezeHeader: true });
    sheet.row(LEDGER_HEADER.map(bold));
  };
  const add = (cells: XlsxCell[]) => {
    if (sheet.rows >= MAX_ROWS_PER_SHEET) newLedgerSheet();
    sheet.row(cells);
  };
  return {
    async begin(header: ExportHeader, summaries: KartuStokSummary[]) {
      book = openXlsx(file);
      const sum = book.sheet('Ringkasan', { widths: SUMMARY_WIDTHS });
      sum.row([{ text: `Kartu stok — ${header.outletName}`, style: XlsxStyle.title }]);
      sum.row(['Periode', `${header.from} s.d. ${header.to}`]);
      sum.row(['Dibuat', `${header.generatedAtLocal} WITA`]);
      sum.row([]);
      sum.row(['Kode', 'Nama barang', 'Satuan', 'Saldo awal', 'Masuk', 'Keluar', 'Saldo akhir', 'Jumlah mutasi'].map(bold));
      for (const s of summaries) {
        sum.row([s.sku, s.name, s.unit, qty(s.openingMilli), qty(s.inMilli), qty(s.outMilli), qty(s.closingMilli), { number: s.moves }]);
        await book.drain();
      }
      newLedgerSheet();
    },
    async product(s) {
      add([bold(s.sku), bold(s.name), null, bold('Saldo awal'), null, null, null, qty(s.openingMilli, XlsxStyle.qtyBold)]);
    },
    async rows(s, rows: KartuStokRow[]) {
      for (const r of rows) {
        add([
          s.sku,
          s.name,
          { number: excelSerial(r.atLocal), style: XlsxStyle.dateTime },
          kindLabel(r.kind),
          r.document,
          r.inMilli ? qty(r.inMilli) : null,
          r.outMilli ? qty(r.outMilli) : null,
          qty(r.balanceMilli),
          r.unitCost === null ? null : { number: r.unitCost, style: XlsxStyle.rupiah },
          r.user,
          r.note,
        ]);
      }
      await book.drain();
    },
    async endProduct(s) {
      add([
        bold(s.sku),
        bold(s.name),
        null,
        bold('Saldo akhir'),
        null,
        qty(s.inMilli, XlsxStyle.qtyBold),
        qty(s.outMilli, XlsxStyle.qtyBold),
        qty(s.closingMilli, XlsxStyle.qtyBold),
      ]);
    },
    async finish() {
      await book.close();
    },
    async abort() {
      if (book) await book.abort();
    },
  };
}
