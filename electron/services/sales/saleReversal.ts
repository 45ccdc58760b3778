// Voids and returns after payment. Both need a supervisor's PIN, and both undo by adding rows
// (reversing stock moves, a return document), never by editing the sale's lines: the ledger
// keeps the whole story, and a voided sale keeps its receipt number so the sequence has no hole.
import { AppError } from '../../../shared/errors';
import { Dec, formatQty, sumRupiah } from '../../../shared/money';
import type { ReturnResult, SaleResult, SaleReturnInput } from '../../../shared/api/sales';
import { audit } from '../auth/audit';
import { verifyApprover, type SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import type { ReturnedLine } from './saleRules';
import { checkShift, loadSale } from './sales';
import { postMove } from '../stock/stockLedger';
import { setting } from '../settings/settings';
import { roundRefund } from '../../../shared/payments/cashRounding';
import { postSaleReturn, postSaleVoid } from '../books/postings';

interface SaleHead {
  id: string;
  receipt_no: string;
  status: 'completed' | 'voided';
  total: number;
}

function saleHead(core: Core, saleId: string): SaleHead {
  const s = core.db.prepare('SELECT id, receipt_no, status, total FROM sales WHERE id = ?').get(saleId) as SaleHead | undefined;
  if (!s) throw new AppError('SALE_UNKNOWN', { saleId });
  return s;
}

export function saleIdByReceipt(core: Core, receiptNo: string): string {
  const id = core.db.prepare('SELECT id FROM sales WHERE receipt_no = ?').pluck().get(receiptNo.toUpperCase()) as string | undefined;
  if (!id) throw new AppError('SALE_UNKNOWN', { receiptNo });
  return id;
}

export function voidSale(
  core: Core,
  user: SessionUser,
  input: { saleId: string; reason: string; approval: { username: string; pin: string }; shiftId?: string | null },
): SaleResult {
  saleHead(core, input.saleId);
  // scrypt is slow on purpose: check the PIN before taking the write lock.
  const approver = verifyApprover(core, input.approval, 'sale.void');
  return inTransaction(core, () => {
    const sale = saleHead(core, input.saleId);
    if (sale.status === 'voided') throw new AppError('SALE_ALREADY_VOIDED', { receiptNo: sale.receipt_no });
    const returns = core.db.prepare('SELECT COUNT(*) FROM sale_returns WHERE sale_id = ?').pluck().get(sale.id) as number;
    if (returns > 0) throw new AppError('SALE_HAS_RETURNS', { receiptNo: sale.receipt_no });
    const shiftId = checkShift(core, input.shiftId ?? null);

    const lines = core.db.prepare('SELECT product_id, qty_milli FROM sale_lines WHERE sale_id = ? ORDER BY line_no').all(sale.id) as {
      product_id: string;
      qty_milli: number;
    }[];
    for (const l of lines) {
      postMove(core, { productId: l.product_id, qtyMilli: l.qty_milli, kind: 'void', docType: 'sale', docId: sale.id, userId: user.id, note: input.reason });
    }
    core.db
      .prepare("UPDATE sales SET status = 'voided', voided_at = ?, voided_by = ?, void_reason = ?, void_shift_id = ?, void_requested_by = ? WHERE id = ?")
      .run(core.now().toISOString(), approver.id, input.reason, shiftId, user.id, sale.id);
    for (const rule of core.saleRules) rule.afterVoid?.(core, sale.id);
    postSaleVoid(core, sale.id);
    audit(core, {
      userId: user.id,
      action: 'sale.void',
      entity: 'sale',
      entityId: sale.id,
      details: { receiptNo: sale.receipt_no, total: sale.total, reason: input.reason, approvedBy: approver.username, approverId: approver.id },
    });
    return loadSale(core, sale.id, false);
  });
}

interface LineRow {
  line_no: number;
  product_id: string;
  sku: string;
  name: string;
  unit: string;
  sold_by: 'piece' | 'weight';
  qty_milli: number;
  line_total: number;
  returned_qty: number;
  returned_amount: number;
}

export function returnSale(core: Core, user: SessionUser, input: SaleReturnInput): ReturnResult {
  const replay = replayedReturn(core, input);
  if (replay) return replay;
  saleHead(core, input.saleId);
  const approver = verifyApprover(core, input.approval, 'sale.return');
  return inTransaction(core, () => {
    const again = replayedReturn(core, input);
    if (again) return again;
    const sale = saleHead(core, input.saleId);
    if (sale.status === 'voided') throw new AppError('SALE_VOIDED', { receiptNo: sale.receipt_no });
    const shiftId = checkShift(core, input.shiftId ?? null);

    const lineOf = core.db.prepare(
      `SELECT l.line_no, l.product_id, p.sku, p.name, p.unit, p.sold_by, l.qty_milli, l.line_total,
         COALESCE(SUM(rl.qty_milli), 0) AS returned_qty, COALESCE(SUM(rl.amount), 0) AS returned_amount
       FROM sale_lines l JOIN products p ON p.id = l.product_id
       LEFT JOIN sale_returns r ON r.sale_id = l.sale_id
       LEFT JOIN sale_return_lines rl ON rl.return_id = r.id AND rl.line_no = l.line_no
       WHERE l.sale_id = ? AND l.line_no = ? GROUP BY l.line_no`,
    );
    const seen = new Set<number>();
    const taken: (ReturnedLine & { sku: string; name: string })[] = input.lines.map((want) => {
      if (seen.has(want.lineNo)) throw new AppError('RETURN_LINE_DUPLICATE', { lineNo: want.lineNo });
      seen.add(want.lineNo);
      const l = lineOf.get(sale.id, want.lineNo) as LineRow | undefined;
      if (!l) throw new AppError('RETURN_LINE_UNKNOWN', { lineNo: want.lineNo, receiptNo: sale.receipt_no });
      if (l.sold_by === 'piece' && want.qtyMilli % 1000 !== 0) throw new AppError('QTY_NOT_WHOLE', { sku: l.sku });
      const left = l.qty_milli - l.returned_qty;
      if (want.qtyMilli > left)
        throw new AppError('RETURN_QTY_EXCEEDS', { lineNo: l.line_no, sku: l.sku, name: l.name, left: formatQty(left, l.sold_by), unit: l.unit });
      // The last part of a line refunds what is left of its total, so a line returned in pieces
      // refunds exactly its total, never a rupiah more or less.
      const amount =
        want.qtyMilli === left
          ? sumRupiah([l.line_total, -l.returned_amount])
          : new Dec(l.line_total).mul(want.qtyMilli).div(l.qty_milli).toDecimalPlaces(0).toNumber();
      return { lineNo: l.line_no, productId: l.product_id, qtyMilli: want.qtyMilli, amount, sku: l.sku, name: l.name };
    });
    const goods = sumRupiah(taken.map((t) => t.amount));
    const rounding = refundRounding(core, sale.id, goods, taken, input.method);
    const refund = sumRupiah([goods, rounding]);
    const createdAt = core.now().toISOString();
    core.db
      .prepare(
        'INSERT INTO sale_returns (id, sale_id, shift_id, created_at, user_id, approved_by, reason, refund, rounding, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(input.id, sale.id, shiftId, createdAt, user.id, approver.id, input.reason, refund, rounding, input.method);
    const insertLine = core.db.prepare('INSERT INTO sale_return_lines (return_id, line_no, qty_milli, amount) VALUES (?, ?, ?, ?)');
    for (const t of taken) {
      insertLine.run(input.id, t.lineNo, t.qtyMilli, t.amount);
      postMove(core, {
        productId: t.productId,
        qtyMilli: t.qtyMilli,
        kind: 'return',
        docType: 'sale_return',
        docId: input.id,
        userId: user.id,
        note: input.reason,
      });
    }
    const returned: ReturnedLine[] = taken.map(({ lineNo, productId, qtyMilli, amount }) => ({ lineNo, productId, qtyMilli, amount }));
    for (const rule of core.saleRules) rule.afterReturn?.(core, sale.id, returned, input.id);
    postSaleReturn(core, input.id);
    audit(core, {
      userId: user.id,
      action: 'sale.return',
      entity: 'sale',
      entityId: sale.id,
      details: {
        returnId: input.id,
        receiptNo: sale.receipt_no,
        refund,
        rounding,
        method: input.method,
        reference: input.reference ?? null,
        reason: input.reason,
        approvedBy: approver.username,
        approverId: approver.id,
        lines: returned.map((r) => ({ lineNo: r.lineNo, qtyMilli: r.qtyMilli, amount: r.amount })),
      },
    });
    return loadReturn(core, input.id, false);
  });
}

/**
 * The return that takes back the rest of a sale hands back the rest of the sale's rounding, so a
 * sale returned in full refunds exactly what was paid. A partial cash refund is rounded to the
 * coins of the day in the buyer's favour; a partial QRIS or transfer refund is exact.
 */
function refundRounding(core: Core, saleId: string, goods: number, taken: { qtyMilli: number }[], method: string): number {
  const left = core.db
    .prepare(
      `SELECT (SELECT SUM(qty_milli) FROM sale_lines WHERE sale_id = ?) -
              (SELECT COALESCE(SUM(rl.qty_milli), 0) FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id WHERE r.sale_id = ?)`,
    )
    .pluck()
    .get(saleId, saleId) as number;
  if (left === sumRupiah(taken.map((t) => t.qtyMilli))) {
    return core.db
      .prepare('SELECT s.rounding - (SELECT COALESCE(SUM(rounding), 0) FROM sale_returns WHERE sale_id = s.id) FROM sales s WHERE s.id = ?')
      .pluck()
      .get(saleId) as number;
  }
  if (method !== 'cash') return 0;
  return sumRupiah([roundRefund(goods, setting(core, 'pos.cash_rounding')), -goods]);
}

function replayedReturn(core: Core, input: SaleReturnInput): ReturnResult | null {
  const row = core.db.prepare('SELECT sale_id FROM sale_returns WHERE id = ?').get(input.id) as { sale_id: string } | undefined;
  if (!row) return null;
  if (row.sale_id !== input.saleId) throw new AppError('SALE_ID_REUSED', { saleId: input.id });
  return loadReturn(core, input.id, true);
}

export function loadReturn(core: Core, returnId: string, replayed: boolean): ReturnResult {
  const r = core.db
    .prepare(
      'SELECT r.id, r.sale_id, s.receipt_no, r.created_at, u.username AS approver, r.reason, r.method, r.refund, r.rounding FROM sale_returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = r.approved_by WHERE r.id = ?',
    )
    .get(returnId) as {
    id: string;
    sale_id: string;
    receipt_no: string;
    created_at: string;
    approver: string;
    reason: string;
    method: ReturnResult['method'];
    refund: number;
    rounding: number;
  };
  const lines = core.db
    .prepare(
      `SELECT rl.line_no AS lineNo, l.product_id AS productId, p.sku, p.name, rl.qty_milli AS qtyMilli, rl.amount
       FROM sale_return_lines rl JOIN sale_lines l ON l.sale_id = ? AND l.line_no = rl.line_no JOIN products p ON p.id = l.product_id
       WHERE rl.return_id = ? ORDER BY rl.line_no`,
    )
    .all(r.sale_id, returnId) as ReturnResult['lines'];
  return {
    returnId: r.id,
    saleId: r.sale_id,
    receiptNo: r.receipt_no,
    createdAt: r.created_at,
    approvedBy: r.approver,
    reason: r.reason,
    method: r.method,
    refund: r.refund,
    rounding: r.rounding,
    lines,
    replayed,
  };
}

export function returnsOf(core: Core, saleId: string): ReturnResult[] {
  saleHead(core, saleId);
  return (core.db.prepare('SELECT id FROM sale_returns WHERE sale_id = ? ORDER BY created_at, id').pluck().all(saleId) as string[]).map((id) =>
    loadReturn(core, id, false),
  );
}
