// CSV for Excel in an Indonesian locale: UTF-8 with a BOM (so Excel reads the encoding), ';' as
// the separator (id-ID uses ',' as the decimal mark, so Excel's list separator there is ';'),
// CRLF line ends, quantities with a decimal comma, rupiah as plain integers. The whole ledger is
// one table with the product on every row, framed by a "Saldo awal" and a "Saldo akhir" row per
// product; a CSV has no second sheet, so the summary lives in those rows.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { LedgerWriter } from './kartuStokExport';
import type { KartuStokRow, KartuStokSummary } from '../stock/kartuStok';
import { kindLabel, qtyText } from './kartuStokFormat';

export const CSV_HEADER = [
  'Kode',
  'Nama barang',
  'Satuan',
  'Tanggal (WITA)',
  'Jenis',
  'Dokumen',
  'Masuk',
  'Keluar',
  'Saldo',
  'Harga pokok',
  'Pengguna',
  'Keterangan',
];

/** Quotes when needed; a text cell starting with = + - @ is prefixed so Excel never runs it. */
export function csvField(value: string | number | null, text = true): string {
  if (value === null) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvWriter(file: string): LedgerWriter {
  let out: WriteStream;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const line = (cells: string[]) => `${cells.join(';')}\r\n`;
  const productCells = (s: KartuStokSummary) => [csvField(s.sku), csvField(s.name), csvField(s.unit)];
  return {
    async begin() {
      out = createWriteStream(file, { mode: 0o600 });
      await write(`\uFEFF${line(CSV_HEADER)}`);
    },
    async product(s) {
      await write(line([...productCells(s), '', 'Saldo awal', '', '', '', csvField(qtyText(s.openingMilli, s.soldBy), false), '', '', '']));
    },
    async rows(s, rows: KartuStokRow[]) {
      // One string per row, the product's cells joined once per chunk: this loop runs for every
      // move of the ledger (docs/performance.md, figure c).
      const p = `${productCells(s).join(';')};`;
      let chunk = '';
      for (const r of rows) {
        chunk += `${p}${r.atLocal};${csvField(kindLabel(r.kind))};${csvField(r.document)};${r.inMilli ? qtyText(r.inMilli, s.soldBy) : ''};${r.outMilli ? qtyText(r.outMilli, s.soldBy) : ''};${csvField(qtyText(r.balanceMilli, s.soldBy), false)};${r.unitCost === null ? '' : String(r.unitCost)};${csvField(r.user)};${csvField(r.note)}\r\n`;
      }
      await write(chunk);
    },
    async endProduct(s) {
      await write(
        line([
          ...productCells(s),
          '',
          'Saldo akhir',
          '',
          qtyText(s.inMilli, s.soldBy),
          qtyText(s.outMilli, s.soldBy),
          csvField(qtyText(s.closingMilli, s.soldBy), false),
          '',
          '',
          '',
        ]),
      );
    },
    async finish() {
      out.end();
      await once(out, 'finish');
    },
    async abort() {
      if (!out || out.closed) return;
      out.destroy();
      await once(out, 'close').catch(() => undefined);
    },
  };
}
