// The back office's ways into the stock ledger: receiving goods, adjusting with a reason, and
// posting an opname variance. Each writes through postMove inside the caller's transaction, so a
// delivery or a count posts all its moves or none.
import { AppError } from '../../../shared/errors';
import type { Milli, Rupiah } from '../../../shared/money';
import { uuidv7 } from '../../../shared/ids';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { balanceOf, postMove } from './stockLedger';

export type AdjustReason = 'damage' | 'lost' | 'correction';

export interface ReceiveInput {
  productId: string;
  qtyMilli: Milli;
  unitCost: Rupiah;
  docType: string;
  docId: string;
  userId: string | null;
  note?: string | null;
}

/** Goods in from a supplier, at a unit cost (moves the average cost). Inside a transaction. */
export function receive(core: Core, r: ReceiveInput): Milli {
  requireProduct(core, r.productId);
  if (r.qtyMilli <= 0) throw new AppError('QTY_INVALID', { qtyMilli: r.qtyMilli });
  return postMove(core, {
    productId: r.productId,
    qtyMilli: r.qtyMilli,
    kind: 'receipt',
    docType: r.docType,
    docId: r.docId,
    unitCost: r.unitCost,
    userId: r.userId,
    note: r.note ?? null,
  });
}

export interface AdjustInput {
  productId: string;
  /** Signed: negative takes stock out (damaged, lost), positive puts it back (a correction). */
  qtyMilli: Milli;
  reason: AdjustReason;
  note: string;
}

/** Damaged goods go out as 'damage' moves; lost and corrections as 'adjustment'. Audited. */
export function adjustStock(core: Core, input: AdjustInput, userId: string): { adjustmentId: string; balanceMilli: Milli } {
  if (input.reason !== 'correction' && input.qtyMilli >= 0) throw new AppError('ADJUST_MUST_REDUCE', { reason: input.reason });
  const adjustmentId = uuidv7(core.now().getTime());
  return inTransaction(core, () => {
    const p = requireProduct(core, input.productId);
    const before = balanceOf(core, input.productId);
    const balanceMilli = postMove(core, {
      productId: input.productId,
      qtyMilli: input.qtyMilli,
      kind: input.reason === 'damage' ? 'damage' : 'adjustment',
      docType: 'adjustment',
      docId: adjustmentId,
      unitCost: before.avgCost,
      userId,
      note: `${input.reason}: ${input.note}`,
      forbidNegative: true,
    });
    audit(core, {
      userId,
      action: 'stock.adjust',
      entity: 'product',
      entityId: input.productId,
      details: { sku: p.sku, qtyMilli: input.qtyMilli, reason: input.reason, note: input.note, adjustmentId },
    });
    return { adjustmentId, balanceMilli };
  });
}

export function requireProduct(
  core: Core,
  productId: string,
): { id: string; sku: string; name: string; sold_by: 'piece' | 'weight'; subsidy_program: string; lpg_kind: string | null } {
  const p = core.db.prepare('SELECT id, sku, name, sold_by, subsidy_program, lpg_kind FROM products WHERE id = ?').get(productId) as
    { id: string; sku: string; name: string; sold_by: 'piece' | 'weight'; subsidy_program: string; lpg_kind: string | null } | undefined;
  if (!p) throw new AppError('PRODUCT_UNKNOWN', { productId });
  return p;
}

/** An opname variance (counted − system) as an 'opname' move valued at the average cost. */
export function postOpnameVariance(core: Core, v: { productId: string; qtyMilli: Milli; unitCost: Rupiah; opnameId: string; userId: string | null }): Milli {
  return postMove(core, {
    productId: v.productId,
    qtyMilli: v.qtyMilli,
    kind: 'opname',
    docType: 'opname',
    docId: v.opnameId,
    unitCost: v.unitCost,
    userId: v.userId,
    note: null,
  });
}

export interface StockBalanceRow {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  qtyMilli: Milli;
  minStockMilli: Milli;
  avgCost: Rupiah;
  belowMinimum: boolean;
}

/** On hand per active product (zero when it never moved), against its minimum level. */
export function stockBalances(core: Core, filter: { query?: string; belowMinimum?: boolean; limit?: number }): StockBalanceRow[] {
  const like = filter.query ? `%${filter.query}%` : null;
  const rows = core.db
    .prepare(
      `SELECT p.id, p.sku, p.name, p.unit, p.sold_by, p.min_stock_milli, COALESCE(b.qty_milli, 0) AS qty, COALESCE(b.avg_cost, 0) AS avg_cost
       FROM products p LEFT JOIN stock_balances b ON b.product_id = p.id
       WHERE p.active = 1 AND (? IS NULL OR p.sku LIKE ? OR p.name LIKE ?) AND (? = 0 OR COALESCE(b.qty_milli, 0) < p.min_stock_milli)
       ORDER BY p.name LIMIT ?`,
    )
    .all(like, like, like, filter.belowMinimum ? 1 : 0, filter.limit ?? 500) as {
    id: string;
    sku: string;
    name: string;
    unit: string;
    sold_by: 'piece' | 'weight';
    min_stock_milli: number;
    qty: number;
    avg_cost: number;
  }[];
  return rows.map((r) => ({
    productId: r.id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    soldBy: r.sold_by,
    qtyMilli: r.qty,
    minStockMilli: r.min_stock_milli,
    avgCost: r.avg_cost,
    belowMinimum: r.qty < r.min_stock_milli,
  }));
}
