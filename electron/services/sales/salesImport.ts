// Imports a year of history from an old POS (JSONL, see shared/salesImportFormat.ts) through the
// same commit path the counter uses: every sale goes through commitSale (prices, ceilings, rules,
// gapless receipt numbers, stock moves, audit), every delivery through postMove. Records are
// committed in batches of one transaction each (one fsync per batch, not per sale); inside a
// batch each record is its own savepoint, so a refused record is reported and skipped while the
// rest of the batch lands. Re-running the same file is safe: sale ids and delivery docs repeat.
import { createHash } from 'node:crypto';
import { AppError, isAppError, type ErrorParams } from '../../../shared/errors';
import { toGtin14 } from '../../../shared/barcode';
import { ImportRecord, type ImportReceiptRecord, type ImportSaleRecord } from '../../../shared/salesImportFormat';
import { APPROVER_ROLES } from '../../../shared/roles';
import type { SessionUser } from '../auth/auth';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { commitSale } from './sales';
import { outletToday } from '../settings/settings';
import { memberIdByNo } from '../members/membersRepo';
import { postMove } from '../stock/stockLedger';
import { productIdByBarcode, productIdBySku } from '../catalog/catalog';

export const IMPORT_TERMINAL = 'IMPORT';
export const IMPORT_RECEIPT_DOC = 'import_receipt';

export interface ImportRejection {
  line: number;
  code: string;
  params: ErrorParams;
}

export interface ImportReport {
  sales: number;
  saleLines: number;
  /** Sales already in the database (same id): nothing new was written. */
  replayed: number;
  receipts: number;
  receiptsSkipped: number;
  rejected: ImportRejection[];
}

export interface ImportOptions {
  /** Records per transaction: larger batches mean fewer fsyncs; a crash loses at most one batch. */
  batchSize?: number;
  onProgress?: (report: ImportReport, recordsRead: number) => void;
}

export async function importHistory(
  core: Core,
  user: SessionUser,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (!APPROVER_ROLES.includes(user.role) || user.role === 'supervisor') throw new AppError('IMPORT_USER_NOT_MANAGER', { username: user.username });
  const batchSize = options.batchSize ?? 500;
  const report: ImportReport = { sales: 0, saleLines: 0, replayed: 0, receipts: 0, receiptsSkipped: 0, rejected: [] };
  // Services read the time from core.now(): the import runs them on the record's own clock.
  let at = core.now();
  const clocked: Core = { ...core, now: () => at };
  const resolver = refResolver(core);
  const shifts = importShifts(clocked, user);

  let batch: { line: number; text: string }[] = [];
  let lineNo = 0;
  const flush = () => {
    inTransaction(clocked, () => {
      for (const { line, text } of batch) {
        try {
          const record = parseRecord(line, text);
          at = new Date(record.at);
          // Each record is a savepoint: a refusal rolls back that record only (the day's shift,
          // opened before it, stays).
          if (record.type === 'sale') {
            const shiftId = shifts.forDate(outletToday(clocked));
            core.db.transaction(() => importSale(clocked, user, record, shiftId, resolver, report))();
          } else {
            core.db.transaction(() => importReceipt(clocked, user, record, resolver, report))();
          }
        } catch (e) {
          if (!isAppError(e)) throw e;
          report.rejected.push({ line, code: e.code, params: e.params });
        }
      }
    });
    batch = [];
    options.onProgress?.(report, lineNo);
  };
  try {
    for await (const text of lines) {
      lineNo++;
      if (text.trim() === '') continue;
      batch.push({ line: lineNo, text });
      if (batch.length >= batchSize) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    inTransaction(clocked, () => shifts.closeOpen());
  }
  at = core.now();
  inTransaction(clocked, () =>
    audit(clocked, {
      userId: user.id,
      action: 'import.sales',
      details: { sales: report.sales, replayed: report.replayed, receipts: report.receipts, rejected: report.rejected.length },
    }),
  );
  return report;
}

function parseRecord(line: number, text: string): ImportRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('IMPORT_RECORD_INVALID', { line, path: '', message: 'JSON' });
  }
  const parsed = ImportRecord.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('IMPORT_RECORD_INVALID', { line, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' });
  }
  return parsed.data;
}

function importSale(core: Core, user: SessionUser, r: ImportSaleRecord, shiftId: string, refs: RefResolver, report: ImportReport): void {
  const memberId = r.member ? refs.member(r.member) : null;
  const input = {
    id: r.id,
    shiftId,
    memberId,
    lines: r.lines.map((l) => ({ productId: refs.product(l), qtyMilli: l.qtyMilli, extra: l.extra })),
    payments: r.payments,
    extra: r.extra,
  };
  const sale = commitSale(core, user, input);
  if (sale.replayed) {
    report.replayed++;
    return;
  }
  if (sale.total !== r.total) throw new AppError('IMPORT_TOTAL_MISMATCH', { saleId: r.id, fileTotal: r.total, total: sale.total });
  report.sales++;
  report.saleLines += sale.lines.length;
}

function importReceipt(core: Core, user: SessionUser, r: ImportReceiptRecord, refs: RefResolver, report: ImportReport): void {
  if (core.db.prepare('SELECT 1 FROM stock_moves WHERE doc_type = ? AND doc_id = ? LIMIT 1').get(IMPORT_RECEIPT_DOC, r.doc)) {
    report.receiptsSkipped++;
    return;
  }
  for (const l of r.lines) {
    postMove(core, {
      productId: refs.product(l),
      qtyMilli: l.qtyMilli,
      kind: 'receipt',
      docType: IMPORT_RECEIPT_DOC,
      docId: r.doc,
      unitCost: l.unitCost,
      userId: user.id,
    });
  }
  report.receipts++;
}

interface RefResolver {
  product(ref: { sku?: string; barcode?: string }): string;
  member(memberNo: string): string;
}

/** SKU, barcode and member number to ids, remembered for the run (a year repeats them a lot). */
function refResolver(core: Core): RefResolver {
  const products = new Map<string, string>();
  const members = new Map<string, string>();
  return {
    product(ref) {
      const key = ref.sku !== undefined ? `s:${ref.sku}` : `b:${ref.barcode}`;
      let id = products.get(key);
      if (id === undefined) {
        const gtin = ref.barcode !== undefined ? toGtin14(ref.barcode) : null;
        id = (ref.sku !== undefined ? productIdBySku(core, ref.sku) : gtin ? productIdByBarcode(core, gtin) : null) ?? undefined;
        if (id === undefined) throw new AppError('IMPORT_PRODUCT_UNKNOWN', { ref: ref.sku ?? ref.barcode ?? '' });
        products.set(key, id);
      }
      return id;
    },
    member(memberNo) {
      let id = members.get(memberNo);
      if (id === undefined) {
        id = memberIdByNo(core, memberNo);
        if (id === undefined) throw new AppError('IMPORT_MEMBER_UNKNOWN', { memberNo });
        members.set(memberNo, id);
      }
      return id;
    },
  };
}

interface ImportShifts {
  forDate(businessDate: string): string;
  closeOpen(): void;
}

/** One shift per business day on terminal IMPORT, so imported sales sit in a day's shift like
 * any other; the id is derived from the day, so a re-run reuses the same shift. */
function importShifts(core: Core, user: SessionUser): ImportShifts {
  let open: { id: string; date: string; lastAt: string } | null = null;
  const close = () => {
    if (!open) return;
    core.db.prepare('UPDATE shifts SET closed_at = ?, closed_by = ? WHERE id = ?').run(open.lastAt, user.id, open.id);
    open = null;
  };
  return {
    forDate(date) {
      if (open?.date === date) {
        open.lastAt = core.now().toISOString();
        return open.id;
      }
      close();
      const id = shiftIdFor(date);
      core.db
        .prepare(
          `INSERT INTO shifts (id, user_id, terminal, opened_at, opening_float) VALUES (?, ?, ?, ?, 0)
           ON CONFLICT (id) DO UPDATE SET closed_at = NULL, closed_by = NULL`,
        )
        .run(id, user.id, IMPORT_TERMINAL, core.now().toISOString());
      open = { id, date, lastAt: core.now().toISOString() };
      return id;
    },
    closeOpen: close,
  };
}

function shiftIdFor(date: string): string {
  const h = createHash('sha256').update(`import-shift:${date}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
