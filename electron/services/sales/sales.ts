// A cart becomes a sale in ONE transaction: header, lines, payments, stock moves, the rules' own
// rows and the audit entry. The sale id comes from the client cart, so a repeated commit (a retry
// after a lost reply, the outbox replaying) returns the first result and never sells twice.
import { createHash } from 'node:crypto';
import { AppError, type ErrorParams } from '../../../shared/errors';
import { lineTotal, sumRupiah } from '../../../shared/money';
import { cashDue, type CashRoundingRule } from '../../../shared/payments/cashRounding';
import type { SaleCommitInput, SaleLineResult, SaleResult } from '../../../shared/api/sales';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { verifyApprover, type SessionUser } from '../auth/auth';
import { outletToday, setting, settingOn } from '../settings/settings';
import { productFacts } from '../catalog/catalogRepo';
import { memberStatus } from '../members/membersRepo';
import { isShiftOpen } from '../shifts/openShifts';
import { balanceOf, postMove } from '../stock/stockLedger';
import type { DraftLine, RuleFinding, SaleDraft } from './saleRules';
import { hetAllowance } from './saleRules';
import { priceOn, ceilingOn, type Ceiling } from '../catalog/prices';
import { nextReceiptNo } from './receiptNumbers';
import { postSale } from '../books/postings';
import { recordRefusal } from './refusals';

function requestHash(input: SaleCommitInput): string {
  const { approval: _approval, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

export function commitSale(core: Core, user: SessionUser, input: SaleCommitInput): SaleResult {
  const hash = requestHash(input);
  const replay = replayed(core, input.id, hash);
  if (replay) return replay;

  // The approver's PIN is checked before the write transaction: scrypt is slow on purpose.
  const approver = input.approval ? verifyApprover(core, input.approval, 'sale.override') : null;

  // A rule's hard refusal (or a price above the HET) is recorded once the commit has rolled back.
  let refusedBy: string | null = null;
  try {
    return commitChecked(core, user, input, hash, approver, (code) => (refusedBy = code));
  } catch (e) {
    if (e instanceof AppError && (e.code === refusedBy || e.code === 'PRICE_ABOVE_HET')) recordRefusal(core, user.id, input, e.code, e.params);
    throw e;
  }
}

function commitChecked(
  core: Core,
  user: SessionUser,
  input: SaleCommitInput,
  hash: string,
  approver: ReturnType<typeof verifyApprover> | null,
  refused: (code: string) => void,
): SaleResult {
  return inTransaction(core, () => {
    const again = replayed(core, input.id, hash);
    if (again) return again;

    const at = core.now();
    const businessDate = outletToday(core, at);
    const shiftId = checkShift(core, input.shiftId ?? null);
    const memberId = checkMember(core, input.memberId ?? null);

    const lines = input.lines.map((l, i) => draftLine(core, i + 1, l, businessDate));
    const draft: SaleDraft = { saleId: input.id, businessDate, at, cashierId: user.id, memberId, extra: input.extra ?? {}, lines };

    const findings: RuleFinding[] = core.saleRules.flatMap((rule) => rule.check(core, draft));
    const hard = findings.find((f) => f.severity === 'hard');
    if (hard) {
      refused(hard.code);
      throw new AppError(hard.code, hard.params);
    }
    const soft = findings.filter((f) => f.severity === 'soft');
    if (soft.length > 0 && !approver) {
      throw new AppError('APPROVAL_REQUIRED', approvalParams(soft));
    }

    const total = sumRupiah(lines.map((l) => l.lineTotal));
    const payments = input.payments.map((p) => ({ method: p.method, amount: p.amount, reference: p.reference ?? null }));
    const { paid, change, rounding } = settle(total, payments, settingOn(core, 'pos.cash_rounding', businessDate));

    const receiptNo = nextReceiptNo(core, businessDate);
    const createdAt = at.toISOString();
    core.db
      .prepare(
        `INSERT INTO sales (id, receipt_no, outlet_code, business_date, shift_id, cashier_id, member_id, status, total, rounding, paid, change_due, created_at, request_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.id,
        receiptNo,
        settingOn(core, 'outlet.code', businessDate),
        businessDate,
        shiftId,
        user.id,
        memberId,
        total,
        rounding,
        paid,
        change,
        createdAt,
        hash,
      );

    const insertLine = core.db.prepare(
      `INSERT INTO sale_lines (sale_id, line_no, product_id, qty_milli, unit_price, line_total, unit_cost, ceiling_kind, ceiling_amount, is_member)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const forbidNegativeAll = !setting(core, 'stock.allow_negative', at);
    for (const l of lines) {
      const ceiling = l.ceiling;
      insertLine.run(
        input.id,
        l.lineNo,
        l.productId,
        l.qtyMilli,
        l.unitPrice,
        l.lineTotal,
        balanceOf(core, l.productId).avgCost,
        ceiling?.kind ?? null,
        ceiling?.amount ?? null,
        memberId ? 1 : 0,
      );
      postMove(core, {
        productId: l.productId,
        qtyMilli: -l.qtyMilli,
        kind: 'sale',
        docType: 'sale',
        docId: input.id,
        userId: user.id,
        forbidNegative: forbidNegativeAll || l.subsidyProgram !== 'NONE',
      });
    }
    const insertPayment = core.db.prepare('INSERT INTO payments (sale_id, seq, method, amount, reference) VALUES (?, ?, ?, ?, ?)');
    payments.forEach((p, i) => insertPayment.run(input.id, i + 1, p.method, p.amount, p.reference));

    for (const rule of core.saleRules) rule.afterInsert?.(core, draft, receiptNo);
    postSale(core, input.id);

    audit(core, { userId: user.id, action: 'sale.commit', entity: 'sale', entityId: input.id, details: { receiptNo, total, rounding } });
    if (approver) {
      audit(core, {
        userId: approver.id,
        action: 'sale.override',
        entity: 'sale',
        entityId: input.id,
        details: { receiptNo, cashierId: user.id, findings: soft.map((f) => ({ code: f.code, params: f.params })) },
      });
    }
    // The reply is built from the values just written (re-reading them cost a fifth of a commit's
    // own work, docs/performance.md); a test holds it equal to loadSale's reading of the rows.
    return {
      saleId: input.id,
      receiptNo,
      businessDate,
      createdAt,
      cashierId: user.id,
      memberId,
      status: 'completed',
      total,
      rounding,
      paid,
      change,
      lines: lines.map((l): SaleLineResult => ({
        lineNo: l.lineNo,
        productId: l.productId,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        soldBy: l.soldBy,
        qtyMilli: l.qtyMilli,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
        ceilingKind: l.ceiling?.kind ?? null,
        ceilingAmount: l.ceiling?.amount ?? null,
        returnedQtyMilli: 0,
      })),
      payments,
      replayed: false,
      voidedAt: null,
      voidReason: null,
    };
  });
}

function replayed(core: Core, saleId: string, hash: string): SaleResult | null {
  const row = core.db.prepare('SELECT request_hash FROM sales WHERE id = ?').get(saleId) as { request_hash: string } | undefined;
  if (!row) return null;
  if (row.request_hash !== hash) throw new AppError('SALE_ID_REUSED', { saleId });
  return loadSale(core, saleId, true);
}

/** The shift a sale, void or return runs in: required unless setting sales.require_open_shift is off. */
export function checkShift(core: Core, shiftId: string | null): string | null {
  if (shiftId === null) {
    if (setting(core, 'sales.require_open_shift')) throw new AppError('SHIFT_NOT_OPEN');
    return null;
  }
  if (!isShiftOpen(core, shiftId)) throw new AppError('SHIFT_NOT_OPEN');
  return shiftId;
}

function checkMember(core: Core, memberId: string | null): string | null {
  if (memberId === null) return null;
  const status = memberStatus(core, memberId);
  if (!status) throw new AppError('MEMBER_UNKNOWN', { memberId });
  if (status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE', { memberId });
  return memberId;
}

/** A draft line plus what the commit writes and replies with, read once per line. */
interface PricedLine extends DraftLine {
  unit: string;
  ceiling: Ceiling | null;
}

function draftLine(core: Core, lineNo: number, l: SaleCommitInput['lines'][number], date: string): PricedLine {
  const p = productFacts(core, l.productId);
  if (!p || !p.active) throw new AppError('PRODUCT_UNKNOWN', { productId: l.productId });
  if (p.sold_by === 'piece' && l.qtyMilli % 1000 !== 0) throw new AppError('QTY_NOT_WHOLE', { sku: p.sku });
  const unitPrice = priceOn(core, p.id, date);
  if (unitPrice === null) throw new AppError('PRICE_MISSING', { sku: p.sku, name: p.name });
  const ceiling = ceilingOn(core, p.id, date);
  const allowance = hetAllowance(core, p.subsidy_program, date);
  if (ceiling?.kind === 'HET' && unitPrice > ceiling.amount + allowance) {
    throw new AppError('PRICE_ABOVE_HET', { sku: p.sku, name: p.name, price: unitPrice, het: ceiling.amount + allowance });
  }
  return {
    lineNo,
    productId: p.id,
    sku: p.sku,
    name: p.name,
    unit: p.unit,
    ceiling,
    subsidyProgram: p.subsidy_program,
    lpgKind: p.lpg_kind,
    soldBy: p.sold_by,
    packSizeMilli: p.pack_size_milli,
    qtyMilli: l.qtyMilli,
    unitPrice,
    lineTotal: lineTotal(unitPrice, l.qtyMilli),
    extra: l.extra ?? {},
  };
}

/**
 * Cash may exceed what is due (change is given); QRIS and transfer may not, and need a reference.
 * Only the cash part is rounded (shared/payments/cashRounding.ts): what is due is total + rounding.
 */
export function settle(
  total: number,
  payments: { method: string; amount: number; reference: string | null }[],
  rule: CashRoundingRule,
): { paid: number; change: number; rounding: number } {
  for (const p of payments) {
    if (p.method !== 'cash' && !p.reference) throw new AppError('PAYMENT_REFERENCE_REQUIRED', { method: p.method });
  }
  const paid = sumRupiah(payments.map((p) => p.amount));
  const nonCash = sumRupiah(payments.filter((p) => p.method !== 'cash').map((p) => p.amount));
  if (nonCash > total) throw new AppError('PAYMENT_NONCASH_OVER', { total, nonCash });
  const { rounding, due } = cashDue(
    total,
    nonCash,
    payments.some((p) => p.method === 'cash'),
    rule,
  );
  if (paid < due) throw new AppError('PAYMENT_SHORT', { total: due, paid, short: due - paid });
  return { paid, change: paid - due, rounding };
}

export function loadSale(core: Core, saleId: string, replayedFlag: boolean): SaleResult {
  const s = core.db.prepare('SELECT * FROM sales WHERE id = ?').get(saleId) as
    | {
        id: string;
        receipt_no: string;
        business_date: string;
        created_at: string;
        cashier_id: string;
        member_id: string | null;
        status: 'completed' | 'voided';
        total: number;
        rounding: number;
        paid: number;
        change_due: number;
        voided_at: string | null;
        void_reason: string | null;
      }
    | undefined;
  if (!s) throw new AppError('SALE_UNKNOWN', { saleId });
  const lines = core.db
    .prepare(
      `SELECT l.line_no, l.product_id, p.sku, p.name, p.unit, p.sold_by, l.qty_milli, l.unit_price, l.line_total, l.ceiling_kind, l.ceiling_amount,
         (SELECT COALESCE(SUM(rl.qty_milli), 0) FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id WHERE r.sale_id = l.sale_id AND rl.line_no = l.line_no) AS returned
       FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.sale_id = ? ORDER BY l.line_no`,
    )
    .all(saleId) as {
    line_no: number;
    product_id: string;
    sku: string;
    name: string;
    unit: string;
    sold_by: 'piece' | 'weight';
    qty_milli: number;
    unit_price: number;
    line_total: number;
    ceiling_kind: 'HET' | 'HAP' | null;
    ceiling_amount: number | null;
    returned: number;
  }[];
  const payments = core.db.prepare('SELECT method, amount, reference FROM payments WHERE sale_id = ? ORDER BY seq').all(saleId) as SaleResult['payments'];
  return {
    saleId: s.id,
    receiptNo: s.receipt_no,
    businessDate: s.business_date,
    createdAt: s.created_at,
    cashierId: s.cashier_id,
    memberId: s.member_id,
    status: s.status,
    total: s.total,
    rounding: s.rounding,
    paid: s.paid,
    change: s.change_due,
    lines: lines.map((l): SaleLineResult => ({
      lineNo: l.line_no,
      productId: l.product_id,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      soldBy: l.sold_by,
      qtyMilli: l.qty_milli,
      unitPrice: l.unit_price,
      lineTotal: l.line_total,
      ceilingKind: l.ceiling_kind,
      ceilingAmount: l.ceiling_amount,
      returnedQtyMilli: l.returned,
    })),
    payments,
    replayed: replayedFlag,
    voidedAt: s.voided_at,
    voidReason: s.void_reason,
  };
}

/**
 * Every soft finding travels with the refusal so the supervisor sees all of them at once (issue 15
 * item 8): `findings` lists the codes; the first one's facts stay flat as they always were, each
 * later one's facts are prefixed with its place (`f2.limit`), since error params are flat.
 */
function approvalParams(soft: RuleFinding[]): ErrorParams {
  const params: ErrorParams = { findings: soft.map((f) => f.code).join(','), first: soft[0]!.code, ...soft[0]!.params };
  soft.slice(1).forEach((f, i) => {
    for (const [key, value] of Object.entries(f.params)) params[`f${i + 2}.${key}`] = value;
  });
  return params;
}
