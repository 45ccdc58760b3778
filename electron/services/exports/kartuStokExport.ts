// Kartu stok exports: one product or the whole ledger for a period, as CSV, XLSX or PDF. Rows are
// streamed page by page from the ledger into a streaming writer, so memory stays flat with a
// million rows; between pages the event loop runs (the host stays responsive), progress is
// reported and an AbortSignal cancels (the partial file is removed).
import { rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import { kartuStokSummary, ledgerSummaries, moveChunks, periodBounds, productBySku, type KartuStokRow, type KartuStokSummary, type PeriodBounds } from '../stock/kartuStok';
import { csvWriter } from './kartuStokExportCsv';
import { xlsxWriter } from './kartuStokExportXlsx';
import { pdfWriter } from './kartuStokExportPdf';
import { setting } from '../settings/settings';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportHeader {
  outletName: string;
  from: string;
  to: string;
  generatedAtLocal: string;
  /** True when the file holds every product (the whole ledger). */
  all: boolean;
}

/** What each format implements; calls come in this order: begin, (product, rows*, endProduct)*, finish. */
export interface LedgerWriter {
  begin(header: ExportHeader, summaries: KartuStokSummary[]): Promise<void>;
  product(s: KartuStokSummary): Promise<void>;
  rows(s: KartuStokSummary, rows: KartuStokRow[]): Promise<void>;
  endProduct(s: KartuStokSummary): Promise<void>;
  finish(): Promise<void>;
  /** Close what is open after a failure or a cancel; the caller deletes the file. */
  abort(): Promise<void>;
}

export interface ExportRequest {
  format: ExportFormat;
  /** SKUs to export, or 'all' for the whole ledger. */
  skus: string[] | 'all';
  from: string;
  to: string;
  out: string;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface ExportResult {
  file: string;
  products: number;
  rows: number;
}

export function writerFor(format: ExportFormat, file: string): LedgerWriter {
  if (format === 'csv') return csvWriter(file);
  if (format === 'xlsx') return xlsxWriter(file);
  return pdfWriter(file);
}

export async function exportKartuStok(core: Core, req: ExportRequest): Promise<ExportResult> {
  const bounds = periodBounds(core, req);
  const summaries = req.skus === 'all' ? ledgerSummaries(core, bounds) : req.skus.map((sku) => kartuStokSummary(core, productBySku(core, sku), bounds));
  const total = summaries.reduce((n, s) => n + s.moves, 0);
  const writer = writerFor(req.format, req.out);
  const header: ExportHeader = { outletName: setting<string>(core, 'outlet.name'), from: req.from, to: req.to, generatedAtLocal: localNow(core, bounds), all: req.skus === 'all' };
  let done = 0;
  try {
    checkAbort(req.signal);
    await writer.begin(header, summaries);
    req.onProgress?.({ done, total });
    for (const s of summaries) {
      await writer.product(s);
      for await (const chunk of moveChunks(core, s.productId, bounds)) {
        checkAbort(req.signal);
        await writer.rows(s, chunk);
        done += chunk.length;
        req.onProgress?.({ done, total });
      }
      await writer.endProduct(s);
    }
    checkAbort(req.signal);
    await writer.finish();
  } catch (e) {
    await writer.abort().catch(() => undefined);
    rmSync(req.out, { force: true });
    throw e;
  }
  return { file: req.out, products: summaries.length, rows: done };
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('EXPORT_CANCELLED');
}

function localNow(core: Core, b: PeriodBounds): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: b.timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(core.now());
}
