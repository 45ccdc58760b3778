// Kartu stok: per product and period, the opening balance, every move with its running balance,
// and the closing balance. Pages use keyset pagination on (product_id, at, id), the ledger's own
// index, so page 10,000 of a million-row product costs what page 1 does; the cursor carries the
// running balance so no page re-sums what came before it.
import { AppError } from '../../../shared/errors';
import type { Milli, Rupiah } from '../../../shared/money';
import { zonedDateTimeFormatter } from '../../../shared/time';
import { dayStartUtc, nextDate } from '../../../shared/zonedTime';
import type { Core } from '../core';
import { outletTimeZone } from '../settings/settings';

export interface KartuStokPeriod {
  from: string; // YYYY-MM-DD, outlet days, inclusive
  to: string;
}

export interface KartuStokProduct {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
}

export interface KartuStokRow {
  id: number;
  at: string;
  /** `YYYY-MM-DD HH:mm:ss` in the outlet time zone (WITA). */
  atLocal: string;
  kind: string;
  document: string;
  inMilli: Milli;
  outMilli: Milli;
  balanceMilli: Milli;
  unitCost: Rupiah | null;
  user: string | null;
  note: string | null;
}

export interface KartuStokSummary extends KartuStokProduct {
  openingMilli: Milli;
  inMilli: Milli;
  outMilli: Milli;
  closingMilli: Milli;
  moves: number;
}

export interface KartuStokCursor {
  at: string;
  id: number;
  balanceMilli: Milli;
}

export interface PeriodBounds {
  fromAt: string;
  toAt: string; // exclusive
  timeZone: string;
}

export function periodBounds(core: Core, period: KartuStokPeriod): PeriodBounds {
  if (period.to < period.from) throw new AppError('PERIOD_INVALID', { from: period.from, to: period.to });
  const timeZone = outletTimeZone(core);
  return { fromAt: dayStartUtc(period.from, timeZone), toAt: dayStartUtc(nextDate(period.to), timeZone), timeZone };
}

export function productBySku(core: Core, sku: string): KartuStokProduct {
  const p = core.db.prepare('SELECT id, sku, name, unit, sold_by FROM products WHERE sku = ?').get(sku) as
    { id: string; sku: string; name: string; unit: string; sold_by: 'piece' | 'weight' } | undefined;
  if (!p) throw new AppError('SKU_UNKNOWN', { sku });
  return { productId: p.id, sku: p.sku, name: p.name, unit: p.unit, soldBy: p.sold_by };
}

export function productById(core: Core, productId: string): KartuStokProduct {
  const p = core.db.prepare('SELECT id, sku, name, unit, sold_by FROM products WHERE id = ?').get(productId) as
    { id: string; sku: string; name: string; unit: string; sold_by: 'piece' | 'weight' } | undefined;
  if (!p) throw new AppError('PRODUCT_UNKNOWN', { productId });
  return { productId: p.id, sku: p.sku, name: p.name, unit: p.unit, soldBy: p.sold_by };
}

const SUMMARY_SQL = `
  SELECT COALESCE((SELECT SUM(qty_milli) FROM stock_moves WHERE product_id = p.id AND at < @fromAt), 0) AS opening,
         COALESCE(SUM(CASE WHEN m.qty_milli > 0 THEN m.qty_milli END), 0) AS qty_in,
         COALESCE(SUM(CASE WHEN m.qty_milli < 0 THEN -m.qty_milli END), 0) AS qty_out,
         COUNT(m.id) AS moves
  FROM products p LEFT JOIN stock_moves m ON m.product_id = p.id AND m.at >= @fromAt AND m.at < @toAt
  WHERE p.id = @productId`;

/** Opening, total in, total out, closing and move count of one product in a period. */
export function kartuStokSummary(core: Core, product: KartuStokProduct, b: PeriodBounds): KartuStokSummary {
  const r = core.db.prepare(SUMMARY_SQL).get({ productId: product.productId, fromAt: b.fromAt, toAt: b.toAt }) as {
    opening: number;
    qty_in: number;
    qty_out: number;
    moves: number;
  };
  return { ...product, openingMilli: r.opening, inMilli: r.qty_in, outMilli: r.qty_out, closingMilli: r.opening + r.qty_in - r.qty_out, moves: r.moves };
}

// The whole ledger's summaries in one pass over stock_moves (not one query per product).
const LEDGER_SUMMARY_SQL = `
  SELECT p.id, p.sku, p.name, p.unit, p.sold_by, g.opening, g.qty_in, g.qty_out, g.moves
  FROM (SELECT product_id,
               SUM(CASE WHEN at < @fromAt THEN qty_milli ELSE 0 END) AS opening,
               SUM(CASE WHEN at >= @fromAt AND qty_milli > 0 THEN qty_milli ELSE 0 END) AS qty_in,
               SUM(CASE WHEN at >= @fromAt AND qty_milli < 0 THEN -qty_milli ELSE 0 END) AS qty_out,
               SUM(at >= @fromAt) AS moves
        FROM stock_moves WHERE at < @toAt GROUP BY product_id) g
  JOIN products p ON p.id = g.product_id
  WHERE g.opening <> 0 OR g.moves > 0
  ORDER BY p.sku`;

/** Every product with an opening balance or a move in the period, by SKU. */
export function ledgerSummaries(core: Core, b: PeriodBounds): KartuStokSummary[] {
  const rows = core.db.prepare(LEDGER_SUMMARY_SQL).all({ fromAt: b.fromAt, toAt: b.toAt }) as {
    id: string;
    sku: string;
    name: string;
    unit: string;
    sold_by: 'piece' | 'weight';
    opening: number;
    qty_in: number;
    qty_out: number;
    moves: number;
  }[];
  return rows.map((r) => ({
    productId: r.id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    soldBy: r.sold_by,
    openingMilli: r.opening,
    inMilli: r.qty_in,
    outMilli: r.qty_out,
    closingMilli: r.opening + r.qty_in - r.qty_out,
    moves: r.moves,
  }));
}

// The document a move belongs to, in words the manager recognises (receipt no., DO number, count).
const MOVE_COLUMNS = `m.product_id, m.id, m.at, m.kind, m.doc_type, m.doc_id, m.qty_milli, m.unit_cost, m.note, u.display_name AS user_name,
         COALESCE(s.receipt_no, d.doc_no, o.title) AS doc_label`;
const DOC_JOINS = `
  LEFT JOIN users u ON u.id = m.user_id
  LEFT JOIN sales s ON m.doc_type = 'sale' AND s.id = m.doc_id
  LEFT JOIN deliveries d ON m.doc_type = 'delivery' AND d.id = m.doc_id
  LEFT JOIN opnames o ON m.doc_type = 'opname' AND o.id = m.doc_id`;

const PAGE_SQL = `
  SELECT ${MOVE_COLUMNS}
  FROM stock_moves m ${DOC_JOINS}
  WHERE m.product_id = @productId AND (m.at, m.id) > (@afterAt, @afterId) AND m.at < @toAt
  ORDER BY m.at, m.id LIMIT @limit`;

// The whole ledger in (sku, at, id) order as one query: products walked by their SKU index, each
// product's moves by stock_moves_product_at_qty, so no sort and no per-product statement. A page
// resumes after the last (sku, at, id) it returned.
const LEDGER_PAGE_SQL = `
  SELECT p.sku, ${MOVE_COLUMNS}
  FROM products p
  JOIN stock_moves m ON m.product_id = p.id AND m.at >= @fromAt AND m.at < @toAt ${DOC_JOINS}
  WHERE p.sku >= @afterSku AND (p.sku > @afterSku OR (m.at, m.id) > (@afterAt, @afterId))
  ORDER BY p.sku, m.at, m.id LIMIT @limit`;

/** LEDGER_PAGE_SQL's columns in order: the sku, then MOVE_COLUMNS as in MoveRow. */
type LedgerPageRow = [string, string, number, string, string, string, string, number, number | null, string | null, string | null, string | null];

interface MoveRow {
  product_id: string;
  id: number;
  at: string;
  kind: string;
  doc_type: string;
  doc_id: string;
  qty_milli: number;
  unit_cost: number | null;
  note: string | null;
  user_name: string | null;
  doc_label: string | null;
}

/** One page of moves after the cursor (or from the period start), each with its running balance. */
export function kartuStokMoves(
  core: Core,
  productId: string,
  b: PeriodBounds,
  cursor: KartuStokCursor | null,
  limit: number,
): { rows: KartuStokRow[]; next: KartuStokCursor | null } {
  let balance = cursor ? cursor.balanceMilli : openingBalance(core, productId, b.fromAt);
  const atLocal = zonedDateTimeFormatter(b.timeZone);
  const raw = core.db.prepare(PAGE_SQL).all({ productId, afterAt: cursor?.at ?? b.fromAt, afterId: cursor?.id ?? 0, toAt: b.toAt, limit }) as MoveRow[];
  // The first page starts at fromAt inclusive: (at, id) > (fromAt, 0) includes at = fromAt since ids are >= 1.
  const rows = raw.map((m): KartuStokRow => {
    balance += m.qty_milli;
    return toRow(m, balance, atLocal);
  });
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? { at: last.at, id: last.id, balanceMilli: last.balanceMilli } : null };
}

export function openingBalance(core: Core, productId: string, fromAt: string): Milli {
  return (core.db.prepare('SELECT COALESCE(SUM(qty_milli), 0) AS s FROM stock_moves WHERE product_id = ? AND at < ?').get(productId, fromAt) as { s: number })
    .s;
}

function toRow(m: MoveRow, balanceMilli: Milli, atLocal: (iso: string) => string): KartuStokRow {
  return {
    id: m.id,
    at: m.at,
    atLocal: atLocal(m.at),
    kind: m.kind,
    document: m.doc_label ?? `${m.doc_type} ${m.doc_id.slice(0, 13)}`,
    inMilli: m.qty_milli > 0 ? m.qty_milli : 0,
    outMilli: m.qty_milli < 0 ? -m.qty_milli : 0,
    balanceMilli,
    unitCost: m.unit_cost,
    user: m.user_name,
    note: m.note,
  };
}

/** Streams a product's moves page by page, yielding to the event loop between pages. */
export async function* moveChunks(core: Core, productId: string, b: PeriodBounds, chunk = 5000): AsyncGenerator<KartuStokRow[]> {
  let cursor: KartuStokCursor | null = null;
  for (;;) {
    const page = kartuStokMoves(core, productId, b, cursor, chunk);
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    cursor = page.next;
    await new Promise<void>((r) => setImmediate(r));
  }
}

/** One product's moves in a ledger-wide page; its running balance starts from its summary. */
export interface LedgerChunk {
  summary: KartuStokSummary;
  rows: KartuStokRow[];
}

/**
 * Streams the whole ledger of the period (every product of `summaries`, in their SKU order) page by
 * page, each page one statement, yielding to the event loop between pages so the host keeps
 * serving the counter (an open iterator across yields would lock the connection against writes).
 */
export async function* ledgerChunks(core: Core, b: PeriodBounds, summaries: KartuStokSummary[], limit = 5000): AsyncGenerator<LedgerChunk> {
  const bySku = new Map(summaries.map((s) => [s.sku, s]));
  // Rows as arrays: better-sqlite3 builds a keyed object per row in C++ far more slowly than the
  // literal below (a fifth of the whole query's time at 100,000 rows, docs/performance.md, figure c).
  const stmt = core.db.prepare(LEDGER_PAGE_SQL).raw(true);
  const atLocal = zonedDateTimeFormatter(b.timeZone);
  let cursor = { sku: '', at: b.fromAt, id: 0 };
  let current: KartuStokSummary | undefined;
  let balance = 0;
  for (;;) {
    const raw = stmt.all({ fromAt: b.fromAt, toAt: b.toAt, afterSku: cursor.sku, afterAt: cursor.at, afterId: cursor.id, limit }) as LedgerPageRow[];
    let chunk: LedgerChunk | undefined;
    for (const r of raw) {
      const sku = r[0];
      if (sku !== current?.sku) {
        if (chunk) yield chunk;
        current = bySku.get(sku);
        if (!current) throw new Error(`kartu stok: ${sku} has moves but no summary`);
        balance = current.openingMilli;
        chunk = undefined;
      }
      chunk ??= { summary: current, rows: [] };
      const m: MoveRow = {
        product_id: r[1],
        id: r[2],
        at: r[3],
        kind: r[4],
        doc_type: r[5],
        doc_id: r[6],
        qty_milli: r[7],
        unit_cost: r[8],
        note: r[9],
        user_name: r[10],
        doc_label: r[11],
      };
      balance += m.qty_milli;
      chunk.rows.push(toRow(m, balance, atLocal));
    }
    if (chunk) yield chunk;
    const last = raw.at(-1);
    if (raw.length < limit || !last) return;
    cursor = { sku: last[0], at: last[3], id: last[2] };
    await new Promise<void>((r) => setImmediate(r));
  }
}
