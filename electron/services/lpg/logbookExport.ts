// The LPG logbook as a file for the manager (and, if asked, for Pertamina's checks): CSV in the
// same Excel-friendly dialect as the kartu stok (BOM, ';', CRLF), or XLSX through exceljs's
// streaming writer with a second sheet reconciling the POS count with MAP's per day.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadExcelJs } from '../exports/heavyLibs';
import { AppError } from '../../../shared/errors';
import type { FileDownload } from '../../../shared/api/common';
import { csvField } from '../exports/kartuStokExportCsv';
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { auditFullNik, logbookDays, logbookRows, type LogbookDay, type LogbookRow } from './mapLogbook';

export type LogbookFormat = 'csv' | 'xlsx';

export const LOGBOOK_HEADER = [
  'Waktu (WITA)',
  'No. struk',
  'NIK',
  'KK',
  'Nama',
  'Kategori',
  'Barang',
  'Jumlah (tabung)',
  'Harga',
  'Total',
  'Tabung kosong kembali',
  'Status MAP',
  'Ref MAP',
  'Keterangan',
];
const DAY_HEADER = [
  'Tanggal',
  'Transaksi POS',
  'Tabung POS',
  'Tercatat di MAP',
  'Ditolak MAP',
  'Belum dicatat',
  'Jumlah di MAP (manajer)',
  'Selisih POS - MAP',
  'Hari ditutup',
];

const MAP_LABEL: Record<LogbookRow['mapStatus'], string> = { pending: 'Belum dicatat', recorded: 'Tercatat', rejected: 'Ditolak' };

function cells(r: LogbookRow): (string | number)[] {
  return [
    r.time,
    r.receiptNo,
    r.nik,
    r.kk,
    r.buyerName,
    r.category,
    r.sku,
    r.qty,
    r.unitPrice,
    r.total,
    r.emptyReturned ? 'Ya' : 'Tidak',
    MAP_LABEL[r.mapStatus],
    r.mapRef ?? '',
    r.counted ? '' : 'Batal/retur',
  ];
}

function dayCells(d: LogbookDay): (string | number)[] {
  return [d.date, d.posCount, d.posQty, d.recorded, d.rejected, d.pending, d.mapCount ?? '', d.difference ?? '', d.closed ? 'Ya' : 'Tidak'];
}

export interface LogbookExportRequest {
  from: string;
  to: string;
  format: LogbookFormat;
  out: string;
  /** Full NIKs: only for a manager, and audited. */
  fullNik?: boolean;
}

export async function exportLogbook(core: Core, user: SessionUser | null, req: LogbookExportRequest): Promise<{ file: string; rows: number }> {
  if (req.fullNik) {
    if (!user) throw new AppError('LPG_FULL_NIK_MANAGER_ONLY');
    auditFullNik(core, user, req.from, req.to, `export-${req.format}`);
  }
  const rows = logbookRows(core, req, req.fullNik === true);
  const days = logbookDays(core, req.from, req.to);
  if (req.format === 'csv') await writeCsv(req.out, rows);
  else await writeXlsx(req.out, rows, days, req);
  return { file: req.out, rows: rows.length };
}

async function writeCsv(file: string, rows: LogbookRow[]): Promise<void> {
  const out = createWriteStream(file, { mode: 0o600 });
  const line = (c: (string | number)[]) => `${c.map((v) => csvField(v, typeof v === 'string')).join(';')}\r\n`;
  out.write(`\uFEFF${line(LOGBOOK_HEADER)}`);
  for (const r of rows) if (!out.write(line(cells(r)))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(file: string, rows: LogbookRow[], days: LogbookDay[], req: LogbookExportRequest): Promise<void> {
  const wb = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kasir KKMP';
  const sheet = wb.addWorksheet('Logbook LPG', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LOGBOOK_HEADER.map((header, i) => ({ header, width: [19, 20, 18, 18, 24, 16, 14, 10, 10, 12, 10, 14, 18, 14][i] }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(cells(r));
    row.getCell(9).numFmt = '#,##0';
    row.getCell(10).numFmt = '#,##0';
    row.commit();
  }
  sheet.commit();
  const rec = wb.addWorksheet('Rekonsiliasi MAP');
  rec.addRow([`Logbook LPG 3 kg ${req.from} s.d. ${req.to}`]).font = { bold: true };
  rec.addRow(DAY_HEADER).font = { bold: true };
  for (const d of days) rec.addRow(dayCells(d)).commit();
  rec.commit();
  await wb.commit();
}

/** For the API: the file in memory (a month's logbook is a few hundred rows). */
export async function logbookFile(core: Core, user: SessionUser | null, req: Omit<LogbookExportRequest, 'out'>): Promise<FileDownload & { rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-lpg-'));
  const out = join(dir, `logbook.${req.format}`);
  try {
    const { rows } = await exportLogbook(core, user, { ...req, out });
    return {
      rows,
      fileName: `logbook-lpg_${req.from}_${req.to}${req.fullNik ? '_nik-lengkap' : ''}.${req.format}`,
      mimeType: req.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: readFileSync(out).toString('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
