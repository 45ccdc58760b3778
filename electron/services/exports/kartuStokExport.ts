// Kartu stok exports: one product or the whole ledger for a period, as CSV, XLSX or PDF. Rows are
// streamed page by page from the ledger into a streaming writer, so memory stays flat with a
// million rows; between pages the event loop runs (the host stays responsive), progress is
// reported and an AbortSignal cancels (the partial file is removed). The whole ledger is one
// ledger-wide query, not one per product; each format's writer (and its library) is loaded only
// when that format is asked for, so the CLI and the host do not pay for pdfkit at start.
import { rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import {
  kartuStokSummary,
  ledgerChunks,
  ledgerSummaries,
  moveChunks,
  periodBounds,
  productBySku,
  type KartuStokRow,
  type KartuStokSummary,
  type LedgerChunk,
  type PeriodBounds,
} from '../stock/kartuStok';
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

export async function writerFor(format: ExportFormat, file: string): Promise<LedgerWriter> {
  if (format === 'csv') return (await import('./kartuStokExportCsv')).csvWriter(file);
  if (format === 'xlsx') return (await import('./kartuStokExportXlsx')).xlsxWriter(file);
  return (await import('./kartuStokExportPdf')).pdfWriter(file);
}

export async function exportKartuStok(core: Core, req: ExportRequest): Promise<ExportResult> {
  const bounds = periodBounds(core, req);
  const summaries = req.skus === 'all' ? ledgerSummaries(core, bounds) : req.skus.map((sku) => kartuStokSummary(core, productBySku(core, sku), bounds));
  const total = summaries.reduce((n, s) => n + s.moves, 0);
  const writer = await writerFor(req.format, req.out);
  const header: ExportHeader = {
    outletName: setting(core, 'outlet.name'),
    from: req.from,
    to: req.to,
    generatedAtLocal: localNow(core, bounds),
    all: req.skus === 'all',
  };
  let done = 0;
  try {
    checkAbort(req.signal);
    await writer.begin(header, summaries);
    req.onProgress?.({ done, total });
    // Products come in summary order; one without moves in the period still gets its two rows.
    let next = 0;
    let open: KartuStokSummary | undefined;
    const openProduct = async (s: KartuStokSummary | undefined) => {
      if (open) await writer.endProduct(open);
      for (; next < summaries.length && summaries[next] !== s; next++) {
        await writer.product(summaries[next]!);
        await writer.endProduct(summaries[next]!);
      }
      open = s;
      if (s) {
        next++;
        await writer.product(s);
      }
    };
    const chunks = req.skus === 'all' ? ledgerChunks(core, bounds, summaries) : productChunks(core, bounds, summaries);
    for await (const { summary, rows } of chunks) {
      checkAbort(req.signal);
      if (summary !== open) await openProduct(summary);
      await writer.rows(summary, rows);
      done += rows.length;
      req.onProgress?.({ done, total });
    }
    await openProduct(undefined);
    checkAbort(req.signal);
    await writer.finish();
  } catch (e) {
    await writer.abort().catch(() => undefined);
    rmSync(req.out, { force: true });
    throw e;
  }
  return { file: req.out, products: summaries.length, rows: done };
}

/** The chosen products one after another (each by its own index range). */
async function* productChunks(core: Core, bounds: PeriodBounds, summaries: KartuStokSummary[]): AsyncGenerator<LedgerChunk> {
  for (const summary of summaries) {
    for await (const rows of moveChunks(core, summary.productId, bounds)) yield { summary, rows };
  }
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('EXPORT_CANCELLED');
}

function localNow(core: Core, b: PeriodBounds): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: b.timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(core.now());
}
