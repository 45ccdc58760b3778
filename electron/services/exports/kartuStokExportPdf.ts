// PDF kartu stok (pdfkit), A4 landscape, for printing and signing: per product a header with the
// opening balance, the moves with running balance, and the closing line; page header repeated.
// pdfkit writes each finished page to the file stream, so long ledgers do not pile up in memory.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import type { ExportHeader, LedgerWriter } from './kartuStokExport';
import type { KartuStokRow, KartuStokSummary } from '../stock/kartuStok';
import { kindLabel, qtyText } from './kartuStokFormat';

const COLS: { title: string; width: number; align?: 'right' }[] = [
  { title: 'Tanggal (WITA)', width: 100 },
  { title: 'Jenis', width: 70 },
  { title: 'Dokumen', width: 130 },
  { title: 'Masuk', width: 55, align: 'right' },
  { title: 'Keluar', width: 55, align: 'right' },
  { title: 'Saldo', width: 60, align: 'right' },
  { title: 'Pengguna', width: 70 },
  { title: 'Keterangan', width: 240 },
];
const ROW_H = 13;
const MARGIN = 30;

export function pdfWriter(file: string): LedgerWriter {
  let doc: PDFKit.PDFDocument;
  let out: WriteStream;
  let header: ExportHeader;
  let current: KartuStokSummary | null = null;
  let y = 0;

  const bottom = () => doc.page.height - MARGIN - ROW_H;
  const cells = (values: string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let x = MARGIN;
    COLS.forEach((c, i) => {
      doc.text(values[i] ?? '', x + 2, y + 3, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    });
    y += ROW_H;
  };
  const pageHeader = () => {
    y = MARGIN;
    doc.font('Helvetica-Bold').fontSize(12).text(`Kartu stok — ${header.outletName}`, MARGIN, y);
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`Periode ${header.from} s.d. ${header.to} · dibuat ${header.generatedAtLocal} WITA`, MARGIN, y + 16);
    y += 30;
    if (current) {
      doc.font('Helvetica-Bold').fontSize(10).text(`${current.sku} — ${current.name} (${current.unit})`, MARGIN, y);
      y += 16;
      doc
        .rect(
          MARGIN,
          y,
          COLS.reduce((w, c) => w + c.width, 0),
          ROW_H,
        )
        .fill('#e8e8e8')
        .fillColor('black');
      cells(
        COLS.map((c) => c.title),
        true,
      );
    }
  };
  const ensureRoom = () => {
    if (y > bottom()) {
      doc.addPage();
      pageHeader();
    }
  };
  return {
    async begin(h) {
      header = h;
      doc = new PDFDocument({
        size: 'A4',
        layout: 'landscape',
        margin: MARGIN,
        bufferPages: false,
        info: { Title: `Kartu stok ${h.from} - ${h.to}`, Author: 'Kasir KKMP' },
      });
      out = createWriteStream(file, { mode: 0o600 });
      doc.pipe(out);
    },
    async product(s) {
      current = s;
      if (y !== 0) doc.addPage();
      pageHeader();
      cells(['', 'Saldo awal', '', '', '', qtyText(s.openingMilli, s.soldBy), '', ''], true);
    },
    async rows(s, rows: KartuStokRow[]) {
      for (const r of rows) {
        ensureRoom();
        cells([
          r.atLocal,
          kindLabel(r.kind),
          r.document,
          r.inMilli ? qtyText(r.inMilli, s.soldBy) : '',
          r.outMilli ? qtyText(r.outMilli, s.soldBy) : '',
          qtyText(r.balanceMilli, s.soldBy),
          r.user ?? '',
          r.note ?? '',
        ]);
      }
      if (!out.writableNeedDrain) return;
      await once(out, 'drain');
    },
    async endProduct(s) {
      ensureRoom();
      cells(['', 'Saldo akhir', '', qtyText(s.inMilli, s.soldBy), qtyText(s.outMilli, s.soldBy), qtyText(s.closingMilli, s.soldBy), '', ''], true);
    },
    async finish() {
      if (y === 0) {
        pageHeader();
        doc.font('Helvetica').fontSize(10).text('Tidak ada mutasi stok pada periode ini.', MARGIN, y);
      }
      doc.end();
      await once(out, 'finish');
    },
    async abort() {
      if (!doc) return;
      doc.end();
      if (!out.closed) await once(out, 'close').catch(() => undefined);
    },
  };
}
