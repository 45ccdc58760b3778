// The LPG 3 kg rule inside the sale commit: a registered buyer on every LPG line, the limits of the
// rule set in force on the sale's business date, the price ceiling (HET + sub-pangkalan markup), no
// sale beyond the fulls received, and the cylinder exchange. It runs in the commit's IMMEDIATE
// transaction, so two terminals cannot both pass a check for the last allowed tabung.
import { checkNik, maskNik } from '../../../shared/nik';
import { MILLI_PER_UNIT } from '../../../shared/money';
import type { Core } from '../core';
import { lookupHash } from '../privacy/personalData';
import { ceilingOn } from '../catalog/prices';
import type { DraftLine, RuleFinding, SaleDraft, SaleRule } from '../sales/saleRules';
import { settingOn } from '../settings/settings';
import { emptyCylinderIds } from '../catalog/catalogRepo';
import { balanceOf, postMove } from '../stock/stockLedger';
import type { BuyerRow } from './buyers';
import { countPurchase, usageOf } from './quota';
import { lpgMarkup, lpgRuleSet, type Limit } from './ruleSet';

interface LpgLine {
  line: DraftLine;
  buyer: BuyerRow;
  qty: number;
  emptyReturned: boolean;
}

/** Lines resolved during check, written after the sale rows (same transaction, same draft). */
const resolved = new WeakMap<SaleDraft, LpgLine[]>();

function isLpgLine(l: DraftLine): boolean {
  return l.subsidyProgram === 'LPG3' && l.lpgKind !== 'empty';
}

function emptyCylinderProduct(core: Core): string | null {
  return emptyCylinderIds(core)[0] ?? null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

type Resolution = { buyer: BuyerRow } | { finding: RuleFinding } | null;

function resolveBuyer(core: Core, draft: SaleDraft, l: DraftLine): Resolution {
  const id = str(l.extra.lpgBuyerId) ?? str(draft.extra.lpgBuyerId);
  const rawNik = str(l.extra.lpgNik) ?? str(draft.extra.lpgNik);
  const hard = (code: RuleFinding['code'], params: RuleFinding['params'] = {}): Resolution => ({
    finding: { code, params: { sku: l.sku, ...params }, severity: 'hard' },
  });
  let buyer: BuyerRow | undefined;
  if (id) {
    buyer = core.db.prepare('SELECT * FROM lpg_buyers WHERE id = ?').get(id) as BuyerRow | undefined;
    if (!buyer) return hard('LPG_BUYER_UNKNOWN');
  } else if (rawNik) {
    const c = checkNik(rawNik);
    if (!c.ok) return hard('LPG_NIK_INVALID', { problem: c.problem });
    buyer = core.db.prepare('SELECT * FROM lpg_buyers WHERE nik_hash = ?').get(lookupHash(core.keys, c.nik)) as BuyerRow | undefined;
    if (!buyer) return hard('LPG_BUYER_NOT_REGISTERED', { nik4: maskNik(c.nik.slice(-4)) });
  } else {
    return settingOn(core, 'lpg3.require_nik', draft.businessDate) ? hard('LPG_BUYER_REQUIRED', { name: l.name }) : null;
  }
  const nik4 = maskNik(buyer.nik_last4);
  if (buyer.status !== 'active') return hard('LPG_BUYER_BLOCKED', { nik4 });
  if (buyer.is_pengecer && settingOn(core, 'lpg3.no_sale_to_pengecer', draft.businessDate)) return hard('LPG_BUYER_PENGECER', { nik4 });
  if (buyer.category === 'USAHA_MIKRO' && !buyer.nib && settingOn(core, 'lpg3.usaha_mikro.require_nib', draft.businessDate))
    return hard('LPG_NIB_REQUIRED', { nik4 });
  return { buyer };
}

function over(limit: Limit, used: number, add: number, code: RuleFinding['code'], params: RuleFinding['params']): RuleFinding[] {
  if (limit.mode === 'off' || limit.limit === null || used + add <= limit.limit) return [];
  return [{ code, params: { ...params, used, limit: limit.limit, requested: add }, severity: limit.mode === 'hard' ? 'hard' : 'soft' }];
}

function limitFindings(core: Core, draft: SaleDraft, buyer: BuyerRow, qty: number): RuleFinding[] {
  const date = draft.businessDate;
  const month = date.slice(0, 7);
  const rules = lpgRuleSet(core, buyer.category, date);
  const used = usageOf(core, { id: buyer.id, kkHash: buyer.kk_hash, category: buyer.category }, date);
  const nik4 = maskNik(buyer.nik_last4);
  return [
    ...over(rules.perTransaction, 0, qty, 'LPG_TX_LIMIT', { nik4, category: buyer.category }),
    ...over(rules.dayQty, used.dayQty, qty, 'LPG_NIK_DAY_LIMIT', { nik4, date }),
    ...over(rules.dayTransactions, used.dayTransactions, 1, 'LPG_NIK_DAY_TRANSACTIONS', { nik4, date }),
    ...over(rules.nikMonth, used.nikMonth, qty, 'LPG_NIK_MONTH_LIMIT', { nik4, month }),
    ...over(rules.kkMonth, used.kkMonth, qty, 'LPG_KK_MONTH_LIMIT', { kk4: maskNik(buyer.kk_last4), month, category: buyer.category }),
  ];
}

function priceFinding(core: Core, draft: SaleDraft, l: DraftLine): RuleFinding[] {
  // A product HET is checked by the commit itself (with the markup, via hetAllowance); this
  // covers an LPG product set up without one, against the outlet's HET setting.
  // A tabung + isi is priced with its cylinder: the per-refill HET does not apply to it.
  if (l.lpgKind !== 'refill' || ceilingOn(core, l.productId, draft.businessDate)?.kind === 'HET') return [];
  if (!settingOn(core, 'lpg3.block_price_above_ceiling', draft.businessDate)) return [];
  const het = settingOn(core, 'lpg3.het_pangkalan', draft.businessDate) + lpgMarkup(core, draft.businessDate);
  return l.unitPrice > het ? [{ code: 'PRICE_ABOVE_HET', params: { sku: l.sku, name: l.name, price: l.unitPrice, het }, severity: 'hard' }] : [];
}

export const lpgSaleRule: SaleRule = {
  name: 'lpg3',

  hetAllowance(core, program, date) {
    return program === 'LPG3' ? lpgMarkup(core, date) : 0;
  },

  check(core, draft) {
    const findings: RuleFinding[] = [];
    const lines: LpgLine[] = [];
    for (const l of draft.lines.filter(isLpgLine)) {
      const r = resolveBuyer(core, draft, l);
      if (r && 'finding' in r) findings.push(r.finding);
      findings.push(...priceFinding(core, draft, l));
      const emptyReturned = l.extra.emptyReturned === true;
      if (l.lpgKind === 'refill') {
        if (emptyReturned && !emptyCylinderProduct(core)) findings.push({ code: 'LPG_EMPTY_PRODUCT_MISSING', params: { sku: l.sku }, severity: 'hard' });
        const mode = settingOn(core, 'lpg3.cylinder_exchange.mode', draft.businessDate);
        if (!emptyReturned && mode !== 'off')
          findings.push({ code: 'LPG_NO_EMPTY_RETURNED', params: { sku: l.sku, qty: l.qtyMilli / MILLI_PER_UNIT }, severity: mode });
      }
      if (r && 'buyer' in r) lines.push({ line: l, buyer: r.buyer, qty: l.qtyMilli / MILLI_PER_UNIT, emptyReturned });
    }
    // Limits per buyer over all of their lines in this sale.
    const byBuyer = new Map<string, { buyer: BuyerRow; qty: number }>();
    for (const x of lines) {
      const g = byBuyer.get(x.buyer.id) ?? { buyer: x.buyer, qty: 0 };
      g.qty += x.qty;
      byBuyer.set(x.buyer.id, g);
    }
    for (const g of byBuyer.values()) findings.push(...limitFindings(core, draft, g.buyer, g.qty));
    // No sale beyond the fulls received (MAP: "stok tabung yang dapat dijual kosong").
    if (settingOn(core, 'lpg3.stock_gate', draft.businessDate)) {
      const byProduct = new Map<string, { line: DraftLine; qtyMilli: number }>();
      for (const l of draft.lines.filter(isLpgLine)) {
        const p = byProduct.get(l.productId) ?? { line: l, qtyMilli: 0 };
        p.qtyMilli += l.qtyMilli;
        byProduct.set(l.productId, p);
      }
      for (const p of byProduct.values()) {
        const onHand = balanceOf(core, p.line.productId).qtyMilli;
        if (onHand < p.qtyMilli)
          findings.push({
            code: 'LPG_STOCK_EMPTY',
            params: { sku: p.line.sku, name: p.line.name, onHand: Math.max(0, onHand) / MILLI_PER_UNIT, requested: p.qtyMilli / MILLI_PER_UNIT },
            severity: 'hard',
          });
      }
    }
    resolved.set(draft, lines);
    return findings;
  },

  afterInsert(core, draft, receiptNo) {
    const lines = resolved.get(draft) ?? [];
    // Most sales have no LPG line: skip the empty-cylinder lookup (a scan of products) for them.
    if (lines.length === 0) return;
    const insert = core.db.prepare(
      `INSERT INTO lpg_sale_lines (sale_id, line_no, buyer_id, kk_hash, category, product_id, lpg_kind, qty, unit_price, business_date, at, receipt_no, empty_returned)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const empty = emptyCylinderProduct(core);
    for (const x of lines) {
      insert.run(
        draft.saleId,
        x.line.lineNo,
        x.buyer.id,
        x.buyer.kk_hash,
        x.buyer.category,
        x.line.productId,
        x.line.lpgKind,
        x.qty,
        x.line.unitPrice,
        draft.businessDate,
        draft.at.toISOString(),
        receiptNo,
        x.emptyReturned ? 1 : 0,
      );
      // A refill is an exchange: the customer's empty comes in as the full goes out.
      if (x.line.lpgKind === 'refill' && x.emptyReturned && empty) {
        postMove(core, {
          productId: empty,
          qtyMilli: x.line.qtyMilli,
          kind: 'cylinder_exchange',
          docType: 'sale',
          docId: draft.saleId,
          userId: draft.cashierId,
          note: receiptNo,
        });
      }
    }
    const seen = new Set<string>();
    for (const x of lines) {
      const qty = lines.filter((y) => y.buyer.id === x.buyer.id).reduce((s, y) => s + y.qty, 0);
      if (seen.has(x.buyer.id)) continue;
      seen.add(x.buyer.id);
      countPurchase(core, { id: x.buyer.id, kkHash: x.buyer.kk_hash, category: x.buyer.category }, draft.businessDate, qty, 1);
    }
    resolved.delete(draft);
  },

  afterVoid(core, saleId) {
    const rows = loggedLines(core, saleId).filter((r) => r.counted === 1);
    takeBack(
      core,
      saleId,
      saleId,
      rows.map((r) => ({ row: r, qty: r.qty - r.returned_qty })),
      'void',
    );
    core.db.prepare('UPDATE lpg_sale_lines SET counted = 0 WHERE sale_id = ?').run(saleId);
  },

  afterReturn(core, saleId, lines, returnId) {
    const rows = loggedLines(core, saleId);
    const parts = lines.flatMap((l) => {
      const row = rows.find((r) => r.line_no === l.lineNo && r.counted === 1);
      return row ? [{ row, qty: l.qtyMilli / MILLI_PER_UNIT }] : [];
    });
    takeBack(core, saleId, returnId, parts, 'return');
    for (const p of parts) {
      core.db
        .prepare(
          'UPDATE lpg_sale_lines SET returned_qty = returned_qty + ?, counted = CASE WHEN returned_qty + ? >= qty THEN 0 ELSE 1 END WHERE sale_id = ? AND line_no = ?',
        )
        .run(p.qty, p.qty, saleId, p.row.line_no);
    }
  },
};

interface LoggedLine {
  line_no: number;
  buyer_id: string;
  kk_hash: string;
  category: BuyerRow['category'];
  business_date: string;
  lpg_kind: string | null;
  qty: number;
  returned_qty: number;
  empty_returned: number;
  counted: number;
  receipt_no: string;
}

function loggedLines(core: Core, saleId: string): LoggedLine[] {
  return core.db
    .prepare(
      'SELECT line_no, buyer_id, kk_hash, category, business_date, lpg_kind, qty, returned_qty, empty_returned, counted, receipt_no FROM lpg_sale_lines WHERE sale_id = ? ORDER BY line_no',
    )
    .all(saleId) as LoggedLine[];
}

/** A void or return gives the tabung back to the buyer's quota (on the sale's own day and month)
 * and hands the customer's empty back. A purchase stops counting once nothing of it is left. */
function takeBack(core: Core, saleId: string, docId: string, parts: { row: LoggedLine; qty: number }[], kind: 'void' | 'return'): void {
  const empty = emptyCylinderProduct(core);
  const byBuyer = new Map<string, { row: LoggedLine; qty: number }>();
  for (const p of parts) {
    if (p.qty <= 0) continue;
    const g = byBuyer.get(p.row.buyer_id) ?? { row: p.row, qty: 0 };
    g.qty += p.qty;
    byBuyer.set(p.row.buyer_id, g);
    if (p.row.lpg_kind === 'refill' && p.row.empty_returned && empty) {
      postMove(core, {
        productId: empty,
        qtyMilli: -p.qty * MILLI_PER_UNIT,
        kind,
        docType: kind === 'void' ? 'sale' : 'sale_return',
        docId,
        userId: null,
        note: p.row.receipt_no,
      });
    }
  }
  for (const g of byBuyer.values()) {
    // The purchase itself (the day's transaction count) ends when all of the buyer's tabung are back.
    const left =
      (core.db
        .prepare('SELECT COALESCE(SUM(qty - returned_qty), 0) FROM lpg_sale_lines WHERE sale_id = ? AND buyer_id = ? AND counted = 1')
        .pluck()
        .get(saleId, g.row.buyer_id) as number) - g.qty;
    countPurchase(core, { id: g.row.buyer_id, kkHash: g.row.kk_hash, category: g.row.category }, g.row.business_date, -g.qty, left <= 0 ? -1 : 0);
  }
}
