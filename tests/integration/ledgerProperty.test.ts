// Property: for any sequence of receipts, adjustments, sales, voids and returns, every product's
// on-hand equals the sum of its moves and the independent model's count, never goes below zero
// (refusals write nothing), and every rupiah adds up exactly. Runs on real SQLite files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors';
import { uuidv7 } from '../../shared/ids';
import { Dec, lineTotal } from '../../shared/money';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { commitSale } from '../../electron/services/sales/sales';
import { returnSale, voidSale } from '../../electron/services/sales/saleReversal';
import { openShift, zReport } from '../../electron/services/shifts/shifts';
import { postMove } from '../../electron/services/stock/stockLedger';
import { verifyDatabase } from '../../electron/services/backup/verify';
import type { SessionUser } from '../../electron/services/auth/auth';

const PRODUCTS = [
  { sku: 'P1', soldBy: 'piece' as const, price: 17_000 },
  { sku: 'P2', soldBy: 'piece' as const, price: 15_700 },
  { sku: 'W1', soldBy: 'weight' as const, price: 28_500 },
];

const productIx = fc.integer({ min: 0, max: PRODUCTS.length - 1 });
const qtyFor = (ix: number) => (PRODUCTS[ix]!.soldBy === 'piece' ? fc.integer({ min: 1, max: 4 }).map((n) => n * 1000) : fc.integer({ min: 1, max: 2500 }));
const line = productIx.chain((ix) => qtyFor(ix).map((qtyMilli) => ({ ix, qtyMilli })));

type Op =
  | { op: 'receipt'; ix: number; qtyMilli: number }
  | { op: 'adjust'; ix: number; qtyMilli: number }
  | { op: 'sale'; lines: { ix: number; qtyMilli: number }[]; cashExtra: number }
  | { op: 'void'; pick: number }
  | { op: 'return'; pick: number; part: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  line.map((l) => ({ op: 'receipt' as const, ...l })),
  fc.record({ ix: productIx, qtyMilli: fc.integer({ min: -3000, max: 3000 }).filter((q) => q !== 0) }).map((a) => ({ op: 'adjust' as const, ...a })),
  fc
    .record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }), cashExtra: fc.integer({ min: 0, max: 50_000 }) })
    .map((s) => ({ op: 'sale' as const, ...s })),
  fc.nat(20).map((pick) => ({ op: 'void' as const, pick })),
  fc.record({ pick: fc.nat(20), part: fc.integer({ min: 1, max: 4 }) }).map((r) => ({ op: 'return' as const, ...r })),
);

interface ModelSale {
  saleId: string;
  lines: { lineNo: number; ix: number; qtyMilli: number; total: number; returnedQty: number; refunded: number }[];
  total: number;
  voided: boolean;
}

function run(ops: Op[]): void {
  const h: TempHost = openTempHost();
  try {
    const kasir: SessionUser = { id: addUser(h, 'kasir', 'kasir', '1111'), username: 'kasir', displayName: 'kasir', role: 'kasir' };
    addUser(h, 'spv', 'supervisor', '3333');
    const approval = { username: 'spv', pin: '3333' };
    const ids = PRODUCTS.map((p) =>
      createProduct(
        h.core,
        { sku: p.sku, name: p.sku, unit: p.soldBy === 'piece' ? 'pcs' : 'kg', soldBy: p.soldBy, price: { amount: p.price, validFrom: '2026-01-01' } },
        null,
      ),
    );
    const shift = openShift(h.core, kasir, { openingFloat: 0, terminal: 'POS-1' });
    const onHand = PRODUCTS.map(() => 0);
    const sales: ModelSale[] = [];
    let refunds = 0;
    const db = h.core.db;
    const snapshot = () =>
      db
        .prepare(
          `SELECT (SELECT COUNT(*) FROM stock_moves) || ':' || (SELECT COUNT(*) FROM sales) || ':' || (SELECT COUNT(*) FROM sale_returns) || ':' || (SELECT COUNT(*) FROM audit_log)`,
        )
        .pluck()
        .get();

    for (const o of ops) {
      const before = snapshot();
      const expectRefusal = (fn: () => void, code: string) => {
        try {
          fn();
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(e.code).toBe(code);
          expect(snapshot()).toBe(before); // nothing half-written
          return;
        }
        throw new Error(`expected ${code}`);
      };
      if (o.op === 'receipt' || o.op === 'adjust') {
        const move = () =>
          inTransaction(h.core, () =>
            postMove(h.core, {
              productId: ids[o.ix]!,
              qtyMilli: o.qtyMilli,
              kind: o.op === 'receipt' ? 'receipt' : 'adjustment',
              docType: 'test',
              docId: 'p',
              unitCost: 1000,
              userId: null,
              forbidNegative: true,
            }),
          );
        if (onHand[o.ix]! + o.qtyMilli < 0) expectRefusal(move, 'STOCK_INSUFFICIENT');
        else {
          move();
          onHand[o.ix]! += o.qtyMilli;
        }
      } else if (o.op === 'sale') {
        const need = PRODUCTS.map(() => 0);
        for (const l of o.lines) need[l.ix]! += l.qtyMilli;
        const lines = o.lines.map((l, i) => ({
          lineNo: i + 1,
          ix: l.ix,
          qtyMilli: l.qtyMilli,
          total: lineTotal(PRODUCTS[l.ix]!.price, l.qtyMilli),
          returnedQty: 0,
          refunded: 0,
        }));
        const total = lines.reduce((s, l) => s + l.total, 0);
        const id = uuidv7();
        const commit = () =>
          commitSale(h.core, kasir, {
            id,
            shiftId: shift.shiftId,
            lines: o.lines.map((l) => ({ productId: ids[l.ix]!, qtyMilli: l.qtyMilli })),
            payments: [{ method: 'cash', amount: total + o.cashExtra }],
          });
        if (need.some((n, ix) => n > onHand[ix]!)) expectRefusal(commit, 'STOCK_INSUFFICIENT');
        else {
          const r = commit();
          expect(r.total).toBe(total);
          expect(r.change).toBe(o.cashExtra);
          need.forEach((n, ix) => (onHand[ix]! -= n));
          sales.push({ saleId: id, lines, total, voided: false });
        }
      } else if (sales.length > 0) {
        const s = sales[o.pick % sales.length]!;
        if (o.op === 'void') {
          const hasReturns = s.lines.some((l) => l.returnedQty > 0);
          const act = () => voidSale(h.core, kasir, { saleId: s.saleId, reason: 'prop', approval, shiftId: shift.shiftId });
          if (s.voided) expectRefusal(act, 'SALE_ALREADY_VOIDED');
          else if (hasReturns) expectRefusal(act, 'SALE_HAS_RETURNS');
          else {
            act();
            s.voided = true;
            for (const l of s.lines) onHand[l.ix]! += l.qtyMilli;
          }
        } else {
          const l = s.lines[o.pick % s.lines.length]!;
          const left = l.qtyMilli - l.returnedQty;
          const piece = PRODUCTS[l.ix]!.soldBy === 'piece';
          const qty = left <= 0 ? 1000 : piece ? Math.max(1000, Math.floor(left / 1000 / o.part) * 1000) : Math.max(1, Math.floor(left / o.part));
          const act = () =>
            returnSale(h.core, kasir, {
              id: uuidv7(),
              saleId: s.saleId,
              lines: [{ lineNo: l.lineNo, qtyMilli: qty }],
              reason: 'prop',
              method: 'cash',
              approval,
              shiftId: shift.shiftId,
            });
          if (s.voided) expectRefusal(act, 'SALE_VOIDED');
          else if (qty > left) expectRefusal(act, 'RETURN_QTY_EXCEEDS');
          else {
            const r = act();
            const amount = r.refund;
            if (qty === left)
              expect(l.refunded + amount).toBe(l.total); // a fully returned line refunds exactly its total
            else expect(amount).toBe(new Dec(l.total).mul(qty).div(l.qtyMilli).toDecimalPlaces(0).toNumber());
            l.returnedQty += qty;
            l.refunded += amount;
            refunds += amount;
            onHand[l.ix]! += qty;
          }
        }
      }
      // After every step: balance = sum of moves = the model, never negative.
      ids.forEach((id, ix) => {
        const row = db
          .prepare(
            'SELECT (SELECT COALESCE(SUM(qty_milli), 0) FROM stock_moves WHERE product_id = ?) AS moves, COALESCE((SELECT qty_milli FROM stock_balances WHERE product_id = ?), 0) AS balance',
          )
          .get(id, id) as { moves: number; balance: number };
        expect(row.balance).toBe(row.moves);
        expect(row.balance).toBe(onHand[ix]);
        expect(row.balance).toBeGreaterThanOrEqual(0);
      });
    }
    const z = zReport(h.core, shift.shiftId);
    const gross = sales.reduce((s, x) => s + x.total, 0);
    const voided = sales.filter((x) => x.voided).reduce((s, x) => s + x.total, 0);
    expect(z.sales.total).toBe(gross);
    expect(z.voids.total).toBe(voided);
    expect(z.returns.total).toBe(refunds);
    expect(z.netSales).toBe(gross - voided - refunds);
    expect(z.cash.expected).toBe(gross - voided - refunds); // all cash, float 0: change given back cancels the extra
    expect(verifyDatabase(db)).toEqual([]);
  } finally {
    h.dispose();
  }
}

describe('stock ledger and money under any sequence (fast-check)', () => {
  it('on-hand equals the sum of moves, never negative, totals exact', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => run(ops)),
      { numRuns: 25 },
    );
  }, 120_000);
});
