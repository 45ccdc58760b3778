// The Satgas report as a workbook: the koperasi sheet with real numbers (rupiah as whole numbers in
// an id-ID style format) and the refusals by rule. exceljs is loaded on first use.
import { formatDateTime } from '../../shared/i18n/format';
import { refusalRuleLabel } from '../../shared/i18n/refusalLabels';
import { BULOG_COLUMNS } from './satgasBulog';
import { SATGAS_COLUMNS, satgasTitle } from './satgasColumns';
import type { SatgasReport } from './satgasReport';

export async function satgasXlsx(report: SatgasReport): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kasir KKMP — Pusat';
  wb.created = new Date(report.generatedAt);
  const sheet = wb.addWorksheet('Koperasi');
  sheet.addRow([satgasTitle(report)]).font = { bold: true, size: 13 };
  sheet.addRow([`Dibuat ${formatDateTime(report.generatedAt, 'UTC')} UTC`]);
  const header = sheet.addRow(SATGAS_COLUMNS.map((c) => c.title));
  header.font = { bold: true };
  for (const r of report.rows) sheet.addRow(SATGAS_COLUMNS.map((c) => c.value(r)));
  SATGAS_COLUMNS.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.kind === 'text' ? 26 : 14;
    if (c.kind === 'rupiah') col.numFmt = '"Rp"#,##0';
  });
  const rules = wb.addWorksheet('Penolakan per aturan');
  rules.addRow(['Koperasi', 'Aturan', 'Kode', 'Penolakan']).font = { bold: true };
  for (const r of report.refusals) rules.addRow([r.koperasiName, refusalRuleLabel(r.ruleCode), r.ruleCode, r.refusals]);
  rules.columns.forEach((c) => (c.width = 28));
  // Quantities in whole units of the product (a sak, a pcs); an empty Alokasi cell means none was set.
  const bulog = wb.addWorksheet('Alokasi Bulog');
  bulog.addRow(BULOG_COLUMNS.map((c) => c.title)).font = { bold: true };
  for (const r of report.bulog) bulog.addRow(BULOG_COLUMNS.map((c) => c.value(r)));
  BULOG_COLUMNS.forEach((c, i) => {
    const col = bulog.getColumn(i + 1);
    col.width = i < 2 ? 28 : 14;
    if (i >= 4) col.numFmt = '#,##0.###';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
