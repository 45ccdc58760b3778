// A statement (or the neraca saldo) as CSV, XLSX (exceljs) or PDF (pdfkit), from the same rows
// the screen shows: account code, label, one column per period, whole rupiah.
import { loadExcelJs, loadPdfKit } from '../exports/heavyLibs';
import type { Statement, TrialBalance } from '../../../shared/api/books';

export interface Table {
  title: string;
  subtitle: string;
  headers: string[];
  rows: { cells: (string | number | null)[]; bold: boolean }[];
}

export function statementTable(s: Statement): Table {
  return {
    title: s.title,
    subtitle: `${s.outletName} · ${s.period}`,
    headers: ['Kode akun', 'Uraian', ...s.columns],
    rows: s.rows.map((r) => ({ cells: [r.code, r.label, ...r.values], bold: r.style !== 'line' })),
  };
}

/** The neraca saldo with the column names the CLI promises (account_code, account_name, debit, credit). */
export function trialBalanceTable(tb: TrialBalance, outletName: string): Table {
  return {
    title: 'Neraca Saldo',
    subtitle: `${outletName} · per ${tb.to}`,
    headers: ['account_code', 'account_name', 'debit', 'credit'],
    rows: [
      ...tb.rows.map((r) => ({ cells: [r.accountCode, r.accountName, r.debit, r.credit], bold: false })),
      { cells: ['', 'Jumlah', tb.totalDebit, tb.totalCredit], bold: true },
    ],
  };
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function tableCsv(t: Table): Buffer {
  return Buffer.from([t.headers, ...t.rows.map((r) => r.cells)].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

export async function tableXlsx(t: Table): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  // Sheet names may not hold * ? : \ / [ ] and are at most 31 characters.
  const ws = wb.addWorksheet(t.title.replace(/[*?:\\/[\]]/g, '-').slice(0, 31));
  ws.addRow([t.title]).font = { bold: true, size: 13 };
  ws.addRow([t.subtitle]);
  ws.addRow(t.headers).font = { bold: true };
  for (const r of t.rows) {
    const row = ws.addRow(r.cells.map((c) => c ?? ''));
    if (r.bold) row.font = { bold: true };
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 44 : 16;
    if (i >= 2) c.numFmt = '#,##0;(#,##0)';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// A negated zero (a credit-normal account with no balance) prints as 0, never "-0".
const rupiah = (v: string | number | null) =>
  typeof v === 'number' ? (v === 0 ? '0' : v < 0 ? `(${new Intl.NumberFormat('id-ID').format(-v)})` : new Intl.NumberFormat('id-ID').format(v)) : (v ?? '');

/** One table, or several each from a new page (the paket RAT), as an A4 PDF. */
export function tablePdf(t: Table): Promise<Buffer> {
  return tablesPdf([t]);
}

export async function tablesPdf(tables: readonly Table[]): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: 36 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 72;
  tables.forEach((t, n) => {
    if (n > 0) doc.addPage();
    // Code column, a wide label column, then the figures; with many figure columns they narrow.
    const rest = t.headers.length - 2;
    const figureW = Math.min(84, Math.floor((width - 52 - 150) / Math.max(rest, 1)));
    const colW = [52, width - 52 - rest * figureW, ...Array<number>(rest).fill(figureW)];
    let y = 36;
    const row = (cells: (string | number | null)[], bold: boolean) => {
      if (y > doc.page.height - 54) {
        doc.addPage();
        y = 36;
      }
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      let x = 36;
      cells.forEach((c, i) => {
        doc.text(String(rupiah(c)), x + 2, y, { width: colW[i]! - 4, align: i >= 2 ? 'right' : 'left', lineBreak: false, ellipsis: true });
        x += colW[i]!;
      });
      y += 13;
    };
    doc.font('Helvetica-Bold').fontSize(13).text(t.title, 36, y);
    y += 18;
    doc.font('Helvetica').fontSize(9).text(t.subtitle, 36, y);
    y += 20;
    row(t.headers, true);
    doc
      .moveTo(36, y - 2)
      .lineTo(36 + width, y - 2)
      .stroke();
    for (const r of t.rows) row(r.cells, r.bold);
  });
  doc.end();
  return done;
}
