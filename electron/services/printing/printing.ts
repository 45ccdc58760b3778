// Printing use cases. A sale is committed first; printing is a separate step whose failure is
// reported (job status, error, bytes written) and never undoes or blocks the sale. One queue per
// printer address; nothing is retried by itself: "cetak ulang" prints a COPY on request.
import { AppError } from '../../../shared/errors';
import type { PrintOutcome, PrintPreview, PrinterConfig } from '../../../shared/api/printing';
import type { PaperWidth, PrintDocument } from '../../../shared/receipt/document';
import { buildSaleReceipt } from '../../../shared/receipt/saleReceipt';
import { buildZReport } from '../../../shared/receipt/zReport';
import { buildTestPage } from '../../../shared/receipt/testPage';
import { buildQrisSlip } from '../../../shared/receipt/qrisSlip';
import { checkQris, dynamicQris } from '../../../shared/payments/qris';
import { localDateTime } from '../../../shared/time';
import { encodeDocument, encodeDrawerKick } from '../../../drivers/escpos/encode';
import { decodeJob } from '../../../drivers/escpos/tokenizer';
import { isKnownModel, knownModels, resolveProfile, type PrinterProfile } from '../../../drivers/escpos/profile';
import { findProfile } from '../../../drivers/escpos/profiles';
import { PrintQueue, type PrintJob } from '../../../drivers/transports/queue';
import type { PrinterStatus } from '../../../drivers/transports/transport';
import { openTransport, parsePrinterUri } from '../../../drivers/transports/uri';
import { pngDataUrl, renderJobPng } from '../../../drivers/virtualPrinter/renderPng';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { memberCardDocument, shuSlipDocument } from '../members/memberPaper';
import { calibrationDocument } from './calibration';
import { claimOriginal, type PrintVia } from './originals';
import { saleReceiptInput } from './receiptData';
import { outletTimeZone, outletToday, putSetting, setting, settingOn } from '../settings/settings';
import { zReport } from '../shifts/shifts';

interface PrintingState {
  queues: Map<string, PrintQueue>;
  last: PrintPreview | null;
}

const states = new WeakMap<Core, PrintingState>();

function state(core: Core): PrintingState {
  let s = states.get(core);
  if (!s) states.set(core, (s = { queues: new Map(), last: null }));
  return s;
}

export function printerConfig(core: Core): Required<PrinterConfig> {
  return { uri: setting(core, 'printer.uri'), width: setting(core, 'printer.width'), model: setting(core, 'printer.model'), qr: setting(core, 'receipt.qr') };
}

export function printerConfigView(core: Core) {
  const p = resolveProfile(profile(core));
  const calibration = {
    font: p.font,
    columns: p.columns,
    codepage: p.codepage,
    qr: p.qr,
    barcode: p.barcode,
    cut: p.cut,
    fontBAvailable: findProfile(p.model)?.fontBColumns[p.width] ?? null,
  };
  return { ...printerConfig(core), models: knownModels(), calibration };
}

const CALIBRATION_KEYS = ['printer.font', 'printer.qr_mode', 'printer.barcode_mode', 'printer.cut'] as const;

export function setPrinterConfig(core: Core, userId: string, input: PrinterConfig): Required<PrinterConfig> {
  if (input.uri) parsePrinterUri(input.uri);
  if (!isKnownModel(input.model)) throw new AppError('INPUT_INVALID', { method: 'printer.config.set', path: 'model', rule: 'choice' });
  const today = outletToday(core);
  inTransaction(core, () => {
    putSetting(core, 'printer.uri', today, input.uri, userId);
    putSetting(core, 'printer.width', today, input.width, userId);
    // Another model: the answers of the old printer's calibration page no longer apply.
    if (input.model !== setting(core, 'printer.model')) for (const key of CALIBRATION_KEYS) putSetting(core, key, today, 'auto', userId);
    putSetting(core, 'printer.model', today, input.model, userId);
    if (input.qr !== undefined) putSetting(core, 'receipt.qr', today, input.qr, userId);
    audit(core, { userId, action: 'printer.config', details: { uri: input.uri, width: input.width, model: input.model } });
  });
  return printerConfig(core);
}

/** The printer as configured plus the calibration answers (printer.font, qr_mode, barcode_mode, cut). */
export function profile(core: Core): PrinterProfile {
  const c = printerConfig(core);
  return {
    model: c.model,
    width: c.width,
    codepage: setting(core, 'printer.codepage'),
    font: setting(core, 'printer.font'),
    qr: setting(core, 'printer.qr_mode'),
    barcode: setting(core, 'printer.barcode_mode'),
    cut: setting(core, 'printer.cut'),
  };
}

/** Paper width and the columns of the profile's font: every struk, Z report and test page follows them. */
function paper(core: Core): { width: PaperWidth; columns: number } {
  const p = resolveProfile(profile(core));
  return { width: p.width, columns: p.columns };
}

/** The preview is made from the very bytes the printer gets, decoded back. */
export function previewOf(title: string, bytes: Uint8Array, columns: number): PrintPreview {
  const job = decodeJob(bytes);
  return { title, lines: job.lines, png: pngDataUrl(renderJobPng(job, columns)) };
}

function queueFor(core: Core, uri: string): PrintQueue {
  const s = state(core);
  let q = s.queues.get(uri);
  if (!q) s.queues.set(uri, (q = new PrintQueue(openTransport(uri), undefined, core.now)));
  return q;
}

export interface PrintHooks {
  /** Called with each job's final state (the host publishes it as a 'print.job' event). */
  onJob?: (job: PrintJob) => void;
}

async function printDocument(core: Core, doc: PrintDocument, hooks: PrintHooks): Promise<PrintOutcome> {
  const bytes = encodeDocument(doc, profile(core));
  const preview = previewOf(doc.title, bytes, doc.columns);
  state(core).last = preview;
  const uri = printerConfig(core).uri;
  if (!uri) return { job: null, preview };
  const job = await queueFor(core, uri).submit(doc.title, bytes).done;
  hooks.onJob?.(job);
  return { job, preview };
}

/** The struk of a sale: the first print is the original (drawer kick for cash), any later one a COPY. */
export function printSale(core: Core, userId: string, saleId: string, hooks: PrintHooks = {}, via: PrintVia = 'print.sale'): Promise<PrintOutcome> {
  const probe = saleReceiptInput(core, saleId, { copy: true, ...paper(core) });
  const original = claimOriginal(core, userId, { id: saleId, receiptNo: probe.sale.receiptNo }, via);
  return printDocument(core, buildSaleReceipt({ ...probe, copy: !original }), hooks);
}

export function reprintSale(core: Core, userId: string, saleId: string, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  return printSale(core, userId, saleId, hooks, 'print.reprint');
}

export function previewSale(core: Core, saleId: string): PrintPreview {
  const doc = buildSaleReceipt(saleReceiptInput(core, saleId, { copy: false, ...paper(core) }));
  return previewOf(doc.title, encodeDocument(doc, profile(core)), doc.columns);
}

export function lastPreview(core: Core): PrintPreview {
  const last = state(core).last;
  if (!last) throw new AppError('PRINT_NOTHING_YET');
  return last;
}

export function printZReport(core: Core, shiftId: string, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  return printDocument(core, buildZReport(zReport(core, shiftId), { ...paper(core), timeZone: outletTimeZone(core) }), hooks);
}

/** The dynamic QRIS of an amount on paper, for a buyer who cannot see the screen (no drawer kick). */
export function printQrisSlip(core: Core, amount: number, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  const today = outletToday(core);
  const stored = settingOn(core, 'qris.merchant_payload', today);
  if (!stored) throw new AppError('QRIS_NOT_SET');
  const payload = dynamicQris(stored, amount);
  return printDocument(
    core,
    buildQrisSlip({ payload, amount, merchant: checkQris(stored), outletName: settingOn(core, 'outlet.name', today), ...paper(core) }),
    hooks,
  );
}

/** Member card and SHU slip documents come from the members feature (electron/services/members/memberPaper). */
export function printMemberCard(core: Core, memberId: string, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  return printDocument(core, memberCardDocument(core, memberId, printerConfig(core).width), hooks);
}

export function printShuSlip(core: Core, runId: string, memberId: string, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  return printDocument(core, shuSlipDocument(core, runId, memberId, printerConfig(core).width), hooks);
}

export function printCalibrationPage(core: Core, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  return printDocument(core, calibrationDocument(core), hooks);
}

export function printTestPage(core: Core, hooks: PrintHooks = {}): Promise<PrintOutcome> {
  const c = printerConfig(core);
  return printDocument(
    core,
    buildTestPage({ ...paper(core), printer: c.uri || 'pratinjau / preview', at: localDateTime(core.now(), outletTimeZone(core)) }),
    hooks,
  );
}

/** Kicks the drawer through the printer; audited whether or not a printer is there to do it. */
export async function openDrawer(core: Core, userId: string, reason: string, hooks: PrintHooks = {}): Promise<{ job: PrintJob | null }> {
  const uri = printerConfig(core).uri;
  inTransaction(core, () => audit(core, { userId, action: 'drawer.open', details: { reason, printer: uri || null } }));
  if (!uri) return { job: null };
  const job = await queueFor(core, uri).submit('Buka laci / open drawer', encodeDrawerKick()).done;
  hooks.onJob?.(job);
  return { job };
}

export function printJobs(core: Core): PrintJob[] {
  return [...state(core).queues.values()].flatMap((q) => q.jobs()).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

export async function printerStatus(core: Core): Promise<PrinterStatus | null> {
  const uri = printerConfig(core).uri;
  if (!uri) return null;
  return queueFor(core, uri)
    .transport.status()
    .catch(() => null);
}
