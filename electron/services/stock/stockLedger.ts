// The only writer of stock_moves. Every move updates the running balance in the same
// transaction, so on-hand always equals the sum of moves (verify proves it).
import { AppError } from '../../../shared/errors';
import type { Milli, Rupiah } from '../../../shared/money';
import { Dec } from '../../../shared/money';
import type { Core } from '../core';

export type MoveKind = 'receipt' | 'sale' | 'return' | 'void' | 'adjustment' | 'opname' | 'damage' | 'transfer' | 'cylinder_exchange';

export interface MoveInput {
  productId: string;
  qtyMilli: Milli;
  kind: MoveKind;
  docType: string;
  docId: string;
  unitCost?: Rupiah | null;
  userId: string | null;
  note?: string | null;
  /** Refuse the move when it would take the balance below zero (sales do; opname does not). */
  forbidNegative?: boolean;
}

export function balanceOf(core: Core, productId: string): { qtyMilli: Milli; avgCost: Rupiah } {
  const row = core.db.prepare('SELECT qty_milli, avg_cost FROM stock_balances WHERE product_id = ?').get(productId) as
    { qty_milli: number; avg_cost: number } | undefined;
  return { qtyMilli: row?.qty_milli ?? 0, avgCost: row?.avg_cost ?? 0 };
}

/** The value of an on-hand quantity at an average cost per unit, to the rupiah (half up). */
export function stockValue(qtyMilli: Milli, avgCost: Rupiah): Rupiah {
  return new Dec(qtyMilli).mul(avgCost).div(1000).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** Must run inside a transaction (inTransaction). Returns the new balance. */
export function postMove(core: Core, m: MoveInput): Milli {
  if (!Number.isSafeInteger(m.qtyMilli) || m.qtyMilli === 0) throw new AppError('QTY_INVALID', { qtyMilli: m.qtyMilli });
  const before = balanceOf(core, m.productId);
  const after = before.qtyMilli + m.qtyMilli;
  if (m.forbidNegative && after < 0) {
    throw new AppError('STOCK_INSUFFICIENT', { productId: m.productId, onHandMilli: before.qtyMilli, requestedMilli: -m.qtyMilli });
  }
  // Moving average cost on incoming goods with a cost; outgoing moves keep the average.
  let avgCost = before.avgCost;
  if (m.qtyMilli > 0 && m.unitCost != null && m.kind === 'receipt') {
    const held = Math.max(before.qtyMilli, 0);
    avgCost = new Dec(before.avgCost)
      .mul(held)
      .add(new Dec(m.unitCost).mul(m.qtyMilli))
      .div(held + m.qtyMilli)
      .toDecimalPlaces(0)
      .toNumber();
  }
  // What this move did to the product's value at average cost: the books post these deltas.
  const valueDelta = stockValue(after, avgCost) - stockValue(before.qtyMilli, before.avgCost);
  core.db
    .prepare(
      'INSERT INTO stock_moves (product_id, qty_milli, kind, doc_type, doc_id, unit_cost, user_id, at, note, value_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(m.productId, m.qtyMilli, m.kind, m.docType, m.docId, m.unitCost ?? null, m.userId, core.now().toISOString(), m.note ?? null, valueDelta);
  core.db
    .prepare(
      `INSERT INTO stock_balances (product_id, qty_milli, avg_cost) VALUES (?, ?, ?)
       ON CONFLICT (product_id) DO UPDATE SET qty_milli = excluded.qty_milli, avg_cost = excluded.avg_cost`,
    )
    .run(m.productId, after, avgCost);
  return after;
}
