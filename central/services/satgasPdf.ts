// The Satgas report as an A4 landscape PDF for printing and signing: the koperasi table, a total
// line, then the refusals by rule. pdfkit is loaded on first use.
import { formatDateTime, formatNumber } from '../../shared/i18n/format';
import { refusalRuleLabel } from '../../shared/i18n/refusalLabels';
import { BULOG_COLUMNS, bulogCellText } from './satgasBulog';
import { cellText, SATGAS_COLUMNS, satgasTitle } from './satgasColumns';
import type { SatgasReport } from './satgasReport';

const MARGIN = 30;
const ROW_H = 14;

export async function satgasPdf(report: SatgasReport): Promise<Buffer> {
  const PDFDocument = (await import('pdfkit')).default;
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: satgasTitle(report), Author: 'Kasir KKMP — Pusat' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));

  let y = MARGIN;
  const row = (values: string[], widths: number[], bold = false) => {
    if (y > doc.page.height - MARGIN - ROW_H) {
      doc.addPage();
      y = MARGIN;
    }
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7);
    let x = MARGIN;
    values.forEach((v, i) => {
      doc.text(v, x + 1, y + 3, { width: widths[i]! - 2, lineBreak: false, ellipsis: true, align: i < 2 ? 'left' : 'right' });
      x += widths[i]!;
    });
    y += ROW_H;
  };

  doc.font('Helvetica-Bold').fontSize(13).text(satgasTitle(report), MARGIN, y);
  y += 18;
  // The pusat serves gerai in more than one time zone, so the stamp says UTC.
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(`Dibuat ${formatDateTime(report.generatedAt, 'UTC')} UTC · ${report.rows.length} koperasi`, MARGIN, y);
  y += 18;
  const widths = SATGAS_COLUMNS.map((c) => c.width);
  row(
    SATGAS_COLUMNS.map((c) => c.title),
    widths,
    true,
  );
  for (const r of report.rows)
    row(
      SATGAS_COLUMNS.map((c) => cellText(c, r)),
      widths,
    );

  y += ROW_H;
  doc.font('Helvetica-Bold').fontSize(10).text('Penolakan per aturan', MARGIN, y);
  y += 16;
  const ruleWidths = [200, 220, 80];
  row(['Koperasi', 'Aturan', 'Penolakan'], ruleWidths, true);
  if (report.refusals.length === 0) row(['Tidak ada penolakan', '', ''], ruleWidths);
  for (const r of report.refusals) row([r.koperasiName, refusalRuleLabel(r.ruleCode), formatNumber(r.refusals, 0)], ruleWidths);

  y += ROW_H;
  doc.font('Helvetica-Bold').fontSize(10).text('Alokasi Bulog terhadap diterima', MARGIN, y);
  y += 16;
  const bulogWidths = BULOG_COLUMNS.map((c) => c.width);
  row(
    BULOG_COLUMNS.map((c) => c.title),
    bulogWidths,
    true,
  );
  if (report.bulog.length === 0) row(['Tidak ada produk Bulog', ...BULOG_COLUMNS.slice(1).map(() => '')], bulogWidths);
  for (const r of report.bulog)
    row(
      BULOG_COLUMNS.map((c) => bulogCellText(c, r)),
      bulogWidths,
    );

  doc.end();
  await done;
  return Buffer.concat(chunks);
}
