// Shifts: a kasir opens the drawer with a float and closes it with the cash counted note by note.
// The Z report is computed from the ledger of sales, voids and returns, never kept as a tally,
// so it cannot drift from what was actually sold.
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { Dec, sumRupiah } from '../../../shared/money';
import type { ByMethod, PaymentMethod, ShiftCloseResult, ShiftInfo, ZCashierLine, ZReport } from '../../../shared/api/shifts';
import { audit } from '../auth/audit';
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { postShiftClose, postShiftOpen } from '../books/postings';
import { shiftCashEntries } from '../books/bukuKas';
import { dayAnchor } from '../journal/anchor';
import { outletToday, setting, settingOn } from '../settings/settings';
import { userBrief, type UserBrief } from '../auth/usersRepo';
import { zRounding } from './zRounding';
import { zLpgTally } from '../lpg/shiftTally';
import { outletClock, unsentShiftSales } from '../sync/unsent';
import { checkPin } from '../auth/auth';
import { MANAGER_ROLES } from '../../../shared/roles';

interface ShiftRow {
  id: string;
  user_id: string;
  terminal: string;
  opened_at: string;
  opening_float: number;
  closed_at: string | null;
  closed_by: string | null;
  counted_cash: number | null;
  expected_cash: number | null;
  denominations: string | null;
}

function shiftRow(core: Core, shiftId: string): ShiftRow {
  const row = core.db.prepare('SELECT * FROM shifts WHERE id = ?').get(shiftId) as ShiftRow | undefined;
  if (!row) throw new AppError('SHIFT_UNKNOWN', { shiftId });
  return row;
}

function userOf(core: Core, userId: string): UserBrief {
  const u = userBrief(core, userId);
  // shifts.user_id references users(id): a shift's user always exists.
  if (!u) throw new AppError('USER_UNKNOWN', { username: userId });
  return u;
}

function info(core: Core, row: ShiftRow): ShiftInfo {
  return {
    shiftId: row.id,
    terminal: row.terminal,
    userId: row.user_id,
    username: userOf(core, row.user_id).username,
    openedAt: row.opened_at,
    openingFloat: row.opening_float,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

export function openShift(core: Core, user: SessionUser, input: { openingFloat: number; terminal: string }): ShiftInfo {
  return inTransaction(core, () => {
    const open = core.db.prepare('SELECT user_id FROM shifts WHERE terminal = ? AND closed_at IS NULL').get(input.terminal) as { user_id: string } | undefined;
    if (open) throw new AppError('SHIFT_ALREADY_OPEN', { terminal: input.terminal, username: userOf(core, open.user_id).username });
    const id = uuidv7(core.now().getTime());
    core.db
      .prepare('INSERT INTO shifts (id, user_id, terminal, opened_at, opening_float) VALUES (?, ?, ?, ?, ?)')
      .run(id, user.id, input.terminal, core.now().toISOString(), input.openingFloat);
    postShiftOpen(core, id);
    audit(core, {
      userId: user.id,
      action: 'shift.open',
      entity: 'shift',
      entityId: id,
      details: { terminal: input.terminal, openingFloat: input.openingFloat },
    });
    return info(core, shiftRow(core, id));
  });
}

export function currentShift(core: Core, terminal: string): ShiftInfo | null {
  const row = core.db.prepare('SELECT * FROM shifts WHERE terminal = ? AND closed_at IS NULL').get(terminal) as ShiftRow | undefined;
  return row ? info(core, row) : null;
}

export function listShifts(core: Core, from: string, to: string): ShiftInfo[] {
  // opened_at is UTC; widen by a day on each side, then keep the outlet's calendar days.
  const rows = core.db
    .prepare("SELECT * FROM shifts WHERE opened_at >= date(?, '-1 day') AND opened_at < date(?, '+2 day') ORDER BY opened_at DESC")
    .all(from, to) as ShiftRow[];
  return rows
    .filter((r) => {
      const d = outletToday(core, new Date(r.opened_at));
      return d >= from && d <= to;
    })
    .map((r) => info(core, r));
}

/** Total of a count by denomination, refusing notes or coins the outlet does not know. */
export function countCash(core: Core, denominations: Record<string, number>): number {
  const known = new Set(setting(core, 'cash.denominations').map(String));
  let total = new Dec(0);
  for (const [value, count] of Object.entries(denominations)) {
    if (!known.has(value)) throw new AppError('CASH_DENOMINATION_UNKNOWN', { denomination: Number(value) });
    total = total.add(new Dec(value).mul(count));
  }
  return total.toNumber();
}

export function closeShift(
  core: Core,
  user: SessionUser,
  input: { shiftId: string; denominations: Record<string, number>; note?: string; unsentOverride?: { username: string; pin: string; reason: string } },
): ShiftCloseResult {
  const counted = countCash(core, input.denominations);
  // The manajer's PIN is checked before the write transaction: scrypt is slow on purpose.
  const overrider = input.unsentOverride ? verifyManager(core, input.unsentOverride) : null;
  return inTransaction(core, () => {
    const row = shiftRow(core, input.shiftId);
    if (row.closed_at) throw new AppError('SHIFT_ALREADY_CLOSED', { shiftId: row.id, closedAt: row.closed_at });
    if (user.role === 'kasir' && row.user_id !== user.id) throw new AppError('SHIFT_NOT_YOURS', { username: userOf(core, row.user_id).username });
    refuseUnsent(core, row.id, overrider && input.unsentOverride ? { by: overrider, reason: input.unsentOverride.reason } : null);
    const expected = zReport(core, row.id).cash.expected;
    const difference = sumRupiah([counted, -expected]);
    const closedAt = core.now().toISOString();
    core.db
      .prepare('UPDATE shifts SET closed_at = ?, closed_by = ?, counted_cash = ?, expected_cash = ?, denominations = ? WHERE id = ?')
      .run(closedAt, user.id, counted, expected, JSON.stringify(input.denominations), row.id);
    postShiftClose(core, row.id);
    audit(core, {
      userId: user.id,
      action: 'shift.close',
      entity: 'shift',
      entityId: row.id,
      details: { terminal: row.terminal, expected, counted, difference, note: input.note ?? null },
    });
    return { shiftId: row.id, closedAt, expectedCash: expected, countedCash: counted, difference, report: zReport(core, row.id) };
  });
}

function verifyManager(core: Core, o: { username: string; pin: string }): SessionUser {
  const approver = checkPin(core, o.username, o.pin, 'shift.close.unsent');
  if (!MANAGER_ROLES.includes(approver.role)) throw new AppError('SHIFT_UNSENT_MANAGER_ONLY', { username: approver.username });
  return approver;
}

/** Issue 15 item 19: a Z report never closes over sales the pusat has not acknowledged, unless a
 * manajer says why (audited). Not enrolled with a pusat: nothing is waiting, nothing is refused. */
function refuseUnsent(core: Core, shiftId: string, override: { by: SessionUser; reason: string } | null): void {
  const unsent = unsentShiftSales(core, shiftId);
  if (unsent.count === 0) return;
  const since = unsent.since ? outletClock(core, unsent.since) : '';
  if (!override) throw new AppError('SHIFT_SALES_UNSENT', { count: unsent.count, since });
  audit(core, {
    userId: override.by.id,
    action: 'shift.close.unsent_override',
    entity: 'shift',
    entityId: shiftId,
    details: { unsentSales: unsent.count, since: unsent.since, reason: override.reason },
  });
}

function byMethod(rows: { method: PaymentMethod; amount: number }[], cashLess = 0): ByMethod {
  const out: ByMethod = { cash: 0, qris: 0, transfer: 0 };
  for (const r of rows) out[r.method] = sumRupiah([out[r.method], r.amount]);
  out.cash = sumRupiah([out.cash, -cashLess]);
  return out;
}

export function zReport(core: Core, shiftId: string): ZReport {
  const row = shiftRow(core, shiftId);
  const db = core.db;
  const businessDate = outletToday(core, new Date(row.opened_at));

  const sales = db
    .prepare(
      'SELECT COUNT(*) AS n, COALESCE(SUM(total), 0) AS total, COALESCE(SUM(change_due), 0) AS change, MIN(receipt_no) AS first, MAX(receipt_no) AS last FROM sales WHERE shift_id = ?',
    )
    .get(shiftId) as { n: number; total: number; change: number; first: string | null; last: string | null };
  const salePayments = db
    .prepare('SELECT p.method, SUM(p.amount) AS amount FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.shift_id = ? GROUP BY p.method')
    .all(shiftId) as { method: PaymentMethod; amount: number }[];
  const tendered = byMethod(salePayments);

  // A void hands back what the customer paid, by the same methods (cash net of change).
  const voids = db
    .prepare(
      "SELECT COUNT(*) AS n, COALESCE(SUM(total), 0) AS total, COALESCE(SUM(change_due), 0) AS change FROM sales WHERE void_shift_id = ? AND status = 'voided'",
    )
    .get(shiftId) as { n: number; total: number; change: number };
  const voidPayments = db
    .prepare(
      "SELECT p.method, SUM(p.amount) AS amount FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.void_shift_id = ? AND s.status = 'voided' GROUP BY p.method",
    )
    .all(shiftId) as { method: PaymentMethod; amount: number }[];
  const voidReceipts = (
    db.prepare("SELECT receipt_no FROM sales WHERE void_shift_id = ? AND status = 'voided' ORDER BY receipt_no").all(shiftId) as { receipt_no: string }[]
  ).map((r) => r.receipt_no);

  const returns = db.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(refund - rounding), 0) AS total FROM sale_returns WHERE shift_id = ?').get(shiftId) as {
    n: number;
    total: number;
  };
  const returnByMethod = byMethod(
    db.prepare('SELECT method, SUM(refund) AS amount FROM sale_returns WHERE shift_id = ? GROUP BY method').all(shiftId) as {
      method: PaymentMethod;
      amount: number;
    }[],
  );

  const voidByMethod = byMethod(voidPayments, voids.change);
  const cashRefunds = sumRupiah([voidByMethod.cash, returnByMethod.cash]);
  const kas = shiftCashEntries(core, shiftId);
  const expected = sumRupiah([row.opening_float, tendered.cash, -sales.change, -cashRefunds, kas.masuk, -kas.keluar]);

  const outletCode = settingOn(core, 'outlet.code', businessDate);
  const outletName = settingOn(core, 'outlet.name', businessDate);
  return {
    shiftId: row.id,
    outletCode,
    outletName,
    terminal: row.terminal,
    businessDate,
    openedAt: row.opened_at,
    openedBy: userOf(core, row.user_id),
    closedAt: row.closed_at,
    closedBy: row.closed_by ? userOf(core, row.closed_by) : null,
    openingFloat: row.opening_float,
    sales: {
      count: sales.n,
      total: sales.total,
      byMethod: { ...tendered, cash: sumRupiah([tendered.cash, -sales.change]) },
      firstReceiptNo: sales.first,
      lastReceiptNo: sales.last,
    },
    voids: { count: voids.n, total: voids.total, byMethod: voidByMethod, receiptNos: voidReceipts },
    returns: { count: returns.n, total: returns.total, byMethod: returnByMethod },
    netSales: sumRupiah([sales.total, -voids.total, -returns.total]),
    rounding: zRounding(core, shiftId),
    cash: {
      openingFloat: row.opening_float,
      cashTendered: tendered.cash,
      changeGiven: sales.change,
      cashRefunds,
      expected,
      counted: row.counted_cash,
      difference: row.counted_cash === null ? null : sumRupiah([row.counted_cash, -expected]),
      denominations: row.denominations ? (JSON.parse(row.denominations) as Record<string, number>) : null,
    },
    perCashier: perCashier(core, shiftId),
    bukuKas: {
      masuk: kas.masuk,
      keluar: kas.keluar,
      entries: kas.entries.map((e) => ({ entryNo: e.entryNo, direction: e.direction, accountName: e.accountName, amount: e.amount, note: e.note })),
    },
    anchor: dayAnchor(core.db, outletCode, businessDate),
    lpg: zLpgTally(core, shiftId),
  };
}

function perCashier(core: Core, shiftId: string): ZCashierLine[] {
  const lines = new Map<string, ZCashierLine>();
  const line = (userId: string): ZCashierLine => {
    let l = lines.get(userId);
    if (!l) {
      l = { ...userOf(core, userId), salesCount: 0, salesTotal: 0, voidsCount: 0, voidsTotal: 0, returnsCount: 0, refundsTotal: 0 };
      lines.set(userId, l);
    }
    return l;
  };
  const db = core.db;
  for (const r of db.prepare('SELECT cashier_id AS u, COUNT(*) AS n, SUM(total) AS t FROM sales WHERE shift_id = ? GROUP BY cashier_id').all(shiftId) as {
    u: string;
    n: number;
    t: number;
  }[]) {
    Object.assign(line(r.u), { salesCount: r.n, salesTotal: r.t });
  }
  for (const r of db
    .prepare(
      "SELECT COALESCE(void_requested_by, voided_by) AS u, COUNT(*) AS n, SUM(total) AS t FROM sales WHERE void_shift_id = ? AND status = 'voided' GROUP BY 1",
    )
    .all(shiftId) as { u: string; n: number; t: number }[]) {
    Object.assign(line(r.u), { voidsCount: r.n, voidsTotal: r.t });
  }
  for (const r of db.prepare('SELECT user_id AS u, COUNT(*) AS n, SUM(refund) AS t FROM sale_returns WHERE shift_id = ? GROUP BY user_id').all(shiftId) as {
    u: string;
    n: number;
    t: number;
  }[]) {
    Object.assign(line(r.u), { returnsCount: r.n, refundsTotal: r.t });
  }
  return [...lines.values()].sort((a, b) => a.username.localeCompare(b.username));
}
