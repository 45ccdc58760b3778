// One call per operation, made inside that operation's transaction: each gathers the facts the
// operation already wrote and posts them through the pure rules of shared/books/posting.ts.
import { prepared } from './prepared';
import {
  ACCOUNTS,
  deliveryPosting,
  opnamePosting,
  reversalPosting,
  salePosting,
  shiftClosePosting,
  shiftOpenPosting,
  simpananPosting,
  supplierPaymentPosting,
  type Part,
  type SaleFacts,
} from '../../../shared/books/posting';
import { Dec, sumRupiah } from '../../../shared/money';
import type { Core } from '../core';
import { outletToday } from '../settings/settings';
import { subAccount } from './accounts';
import { docInventory } from './inventory';
import { postEntry } from './journal';

type Method = 'cash' | 'qris' | 'transfer';

/** The cash drawer of a shift's terminal, or the brankas when a sale runs without a shift. */
export function drawerOf(core: Core, shiftId: string | null): string {
  if (!shiftId) return ACCOUNTS.kasBesar;
  const terminal = prepared(core, 'SELECT terminal FROM shifts WHERE id = ?').pluck().get(shiftId) as string;
  return subAccount(core, ACCOUNTS.kasLaci, terminal, `Kas laci ${terminal}`);
}

function receivedVia(method: Method, drawer: string): string {
  return method === 'cash' ? drawer : method === 'qris' ? ACCOUNTS.qris : ACCOUNTS.bank;
}

function revenueAccount(memberId: string | null): string {
  return memberId ? ACCOUNTS.penjualanAnggota : ACCOUNTS.penjualanNonAnggota;
}

interface SaleRow {
  receipt_no: string;
  member_id: string | null;
  shift_id: string | null;
  void_shift_id: string | null;
  total: number;
  rounding: number;
  change_due: number;
  cashier_id: string;
  voided_by: string | null;
}

function saleRow(core: Core, saleId: string): SaleRow {
  return prepared(
    core,
    'SELECT receipt_no, member_id, shift_id, void_shift_id, total, rounding, change_due, cashier_id, voided_by FROM sales WHERE id = ?',
  ).get(saleId) as SaleRow;
}

function saleFacts(core: Core, saleId: string, s: SaleRow, drawer: string): SaleFacts & { movesThrough: number } {
  const payments = prepared(core, 'SELECT method, amount FROM payments WHERE sale_id = ?').all(saleId) as { method: Method; amount: number }[];
  // Change comes out of the drawer: the cash kept is what was tendered less the change.
  const received: Part[] = [...payments.map((p) => [receivedVia(p.method, drawer), p.amount] as const), [drawer, -s.change_due] as const];
  const inv = docInventory(core, 'sale', saleId);
  return {
    received,
    revenueAccount: revenueAccount(s.member_id),
    total: s.total,
    rounding: s.rounding,
    inventory: inv.parts,
    movesThrough: inv.movesThrough,
  };
}

export function postSale(core: Core, saleId: string): void {
  const s = saleRow(core, saleId);
  const f = saleFacts(core, saleId, s, drawerOf(core, s.shift_id));
  postEntry(core, {
    date: outletToday(core),
    docType: 'sale',
    docId: saleId,
    memo: `Penjualan ${s.receipt_no}`,
    parts: salePosting(f),
    userId: s.cashier_id,
    movesThrough: f.movesThrough,
  });
}

/** The void pays back from the drawer of the shift it happens in, which may be a later one. */
export function postSaleVoid(core: Core, saleId: string): void {
  const s = saleRow(core, saleId);
  const f = saleFacts(core, saleId, s, drawerOf(core, s.void_shift_id));
  const original = prepared(core, "SELECT id FROM journal_entries WHERE doc_type = 'sale' AND doc_id = ? AND reverses_id IS NULL ORDER BY id LIMIT 1")
    .pluck()
    .get(saleId) as number | undefined;
  postEntry(core, {
    date: outletToday(core),
    docType: 'sale',
    docId: saleId,
    memo: `Batal ${s.receipt_no}`,
    parts: reversalPosting(f),
    userId: s.voided_by,
    movesThrough: f.movesThrough,
    reversesId: original ?? null,
  });
}

export function postSaleReturn(core: Core, returnId: string): void {
  const r = prepared(
    core,
    'SELECT r.sale_id, r.shift_id, r.refund, r.rounding, r.method, r.user_id, s.member_id, s.receipt_no FROM sale_returns r JOIN sales s ON s.id = r.sale_id WHERE r.id = ?',
  ).get(returnId) as {
    sale_id: string;
    shift_id: string | null;
    refund: number;
    rounding: number;
    method: Method;
    user_id: string;
    member_id: string | null;
    receipt_no: string;
  };
  const inv = docInventory(core, 'sale_return', returnId);
  const f: SaleFacts = {
    received: [[receivedVia(r.method, drawerOf(core, r.shift_id)), r.refund]],
    revenueAccount: revenueAccount(r.member_id),
    // The refund is the goods' amount plus its rounding.
    total: sumRupiah([r.refund, -r.rounding]),
    rounding: r.rounding,
    inventory: inv.parts,
  };
  postEntry(core, {
    date: outletToday(core),
    docType: 'sale_return',
    docId: returnId,
    memo: `Retur ${r.receipt_no}`,
    parts: reversalPosting(f),
    userId: r.user_id,
    movesThrough: inv.movesThrough,
  });
}

function payableOf(core: Core, supplier: string): string {
  return subAccount(core, ACCOUNTS.utangUsaha, supplier.trim().toUpperCase(), `Utang usaha ${supplier.trim()}`);
}

/** Goods counted good are owed at the document's unit cost; short and damaged lines are not. */
export function postDeliveryReceipt(core: Core, deliveryId: string): void {
  const d = prepared(core, 'SELECT supplier, doc_no, posted_by FROM deliveries WHERE id = ?').get(deliveryId) as {
    supplier: string;
    doc_no: string;
    posted_by: string | null;
  };
  const receipts = prepared(core, "SELECT qty_milli, unit_cost FROM stock_moves WHERE doc_type = 'delivery' AND doc_id = ? AND kind = 'receipt'").all(
    deliveryId,
  ) as { qty_milli: number; unit_cost: number | null }[];
  const invoice = receipts
    .reduce((sum, m) => sum.add(new Dec(m.qty_milli).mul(m.unit_cost ?? 0).div(1000)), new Dec(0))
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toNumber();
  const inv = docInventory(core, 'delivery', deliveryId);
  postEntry(core, {
    date: outletToday(core),
    docType: 'delivery',
    docId: deliveryId,
    memo: `Penerimaan ${d.doc_no} (${d.supplier})`,
    parts: deliveryPosting({ inventory: inv.parts, payable: payableOf(core, d.supplier), invoice }),
    userId: d.posted_by,
    movesThrough: inv.movesThrough,
  });
}

export function postSupplierPayment(core: Core, deliveryId: string, seq: number): void {
  const p = prepared(
    core,
    'SELECT p.paid_on, p.amount, p.method, p.user_id, d.supplier, d.doc_no FROM delivery_payments p JOIN deliveries d ON d.id = p.delivery_id WHERE p.delivery_id = ? AND p.seq = ?',
  ).get(deliveryId, seq) as { paid_on: string; amount: number; method: Method; user_id: string | null; supplier: string; doc_no: string };
  const paidFrom = p.method === 'cash' ? ACCOUNTS.kasBesar : ACCOUNTS.bank;
  postEntry(core, {
    date: p.paid_on,
    docType: 'delivery_payment',
    docId: `${deliveryId}#${seq}`,
    memo: `Bayar ${p.doc_no} (${p.supplier})`,
    parts: supplierPaymentPosting({ payable: payableOf(core, p.supplier), paidFrom, amount: p.amount }),
    userId: p.user_id,
  });
}

export function postOpnameVariances(core: Core, opnameId: string, userId: string): void {
  const title = prepared(core, 'SELECT title FROM opnames WHERE id = ?').pluck().get(opnameId) as string;
  const inv = docInventory(core, 'opname', opnameId);
  postEntry(core, {
    date: outletToday(core),
    docType: 'opname',
    docId: opnameId,
    memo: `Selisih stok opname ${title}`,
    parts: opnamePosting(inv.parts),
    userId,
    movesThrough: inv.movesThrough,
  });
}

export function postSimpananEntry(core: Core, entryId: string): void {
  const e = prepared(core, 'SELECT kind, amount, entry_date, receipt_no, method, user_id FROM simpanan_entries WHERE id = ?').get(entryId) as {
    kind: 'pokok' | 'wajib' | 'sukarela';
    amount: number;
    entry_date: string;
    receipt_no: string;
    method: 'cash' | 'transfer' | 'shu';
    user_id: string | null;
  };
  const via = e.method === 'cash' ? ACCOUNTS.kasBesar : e.method === 'transfer' ? ACCOUNTS.bank : ACCOUNTS.utangShu;
  postEntry(core, {
    date: e.entry_date,
    docType: 'simpanan',
    docId: entryId,
    memo: `Simpanan ${e.kind} ${e.receipt_no}`,
    parts: simpananPosting({ kind: e.kind, amount: e.amount, via }),
    userId: e.user_id,
  });
}

export function postShiftOpen(core: Core, shiftId: string): void {
  const s = prepared(core, 'SELECT opening_float, terminal, user_id FROM shifts WHERE id = ?').get(shiftId) as {
    opening_float: number;
    terminal: string;
    user_id: string;
  };
  postEntry(core, {
    date: outletToday(core),
    docType: 'shift',
    docId: shiftId,
    memo: `Modal laci ${s.terminal}`,
    parts: shiftOpenPosting({ drawer: drawerOf(core, shiftId), float: s.opening_float }),
    userId: s.user_id,
  });
}

export function postShiftClose(core: Core, shiftId: string): void {
  const s = prepared(core, 'SELECT terminal, counted_cash, expected_cash, closed_by FROM shifts WHERE id = ?').get(shiftId) as {
    terminal: string;
    counted_cash: number;
    expected_cash: number;
    closed_by: string;
  };
  postEntry(core, {
    date: outletToday(core),
    docType: 'shift',
    docId: shiftId,
    memo: `Tutup laci ${s.terminal}`,
    parts: shiftClosePosting({ drawer: drawerOf(core, shiftId), expected: s.expected_cash, counted: s.counted_cash }),
    userId: s.closed_by,
  });
}

/** Goods bought outside a delivery document (the demo's restocks, opening stock): persediaan at
 * the moves' cost against the account that paid (bank) or saldo awal for opening stock. */
export function postStockPurchase(core: Core, docType: string, docId: string, memo: string, paidFrom: string, userId: string | null): void {
  const receipts = prepared(core, "SELECT qty_milli, unit_cost FROM stock_moves WHERE doc_type = ? AND doc_id = ? AND kind = 'receipt'").all(
    docType,
    docId,
  ) as { qty_milli: number; unit_cost: number | null }[];
  const invoice = receipts
    .reduce((sum, m) => sum.add(new Dec(m.qty_milli).mul(m.unit_cost ?? 0).div(1000)), new Dec(0))
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toNumber();
  const inv = docInventory(core, docType, docId);
  postEntry(core, {
    date: outletToday(core),
    docType,
    docId,
    memo,
    parts: deliveryPosting({ inventory: inv.parts, payable: paidFrom, invoice }),
    userId,
    movesThrough: inv.movesThrough,
  });
}
