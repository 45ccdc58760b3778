// Back-office reports over completed sales in a period of business days (outlet time zone):
// by day, by hour, by category, by payment method, margin per product, member vs non-member,
// stock against minimum levels and LPG 3 kg allocation use. Voided sales are left out; returns
// are listed by day so the net figure is visible. Every figure counts goods (the sales total, a
// return's goods amount); the pembulatan cash carried on top appears only where money is summed,
// in the payments report, as its own line (as on the Z report).
import { Dec, sumRupiah, type Rupiah } from '../../../shared/money';
import { dayStartUtc } from '../../../shared/zonedTime';
import type { Core } from '../core';
import { outletTimeZone, settingOn } from '../settings/settings';

export interface Period {
  from: string;
  to: string;
}

const COMPLETED = "s.status = 'completed' AND s.business_date BETWEEN @from AND @to";

export function salesByDay(core: Core, p: Period): { date: string; sales: number; total: Rupiah; returns: Rupiah }[] {
  const rows = core.db
    .prepare(
      `SELECT s.business_date AS date, COUNT(*) AS sales, SUM(s.total) AS total FROM sales s WHERE ${COMPLETED} GROUP BY s.business_date ORDER BY s.business_date`,
    )
    .all(p) as { date: string; sales: number; total: number }[];
  const returns = new Map(
    (
      core.db
        .prepare(
          `SELECT s.business_date AS date, SUM(r.refund - r.rounding) AS refund FROM sale_returns r JOIN sales s ON s.id = r.sale_id WHERE ${COMPLETED} GROUP BY s.business_date`,
        )
        .all(p) as { date: string; refund: number }[]
    ).map((r) => [r.date, r.refund]),
  );
  return rows.map((r) => ({ ...r, returns: returns.get(r.date) ?? 0 }));
}

/** Hour of day in the outlet's zone (offset of the period start: Indonesian zones have no DST). */
export function salesByHour(core: Core, p: Period): { hour: number; sales: number; total: Rupiah }[] {
  const offsetMin = (Date.parse(`${p.from}T00:00:00Z`) - Date.parse(dayStartUtc(p.from, outletTimeZone(core)))) / 60_000;
  const rows = core.db
    .prepare(
      `SELECT CAST(strftime('%H', s.created_at, @offset) AS INTEGER) AS hour, COUNT(*) AS sales, SUM(s.total) AS total FROM sales s WHERE ${COMPLETED} GROUP BY hour ORDER BY hour`,
    )
    .all({ ...p, offset: `${offsetMin >= 0 ? '+' : ''}${offsetMin} minutes` }) as { hour: number; sales: number; total: number }[];
  const byHour = new Map(rows.map((r) => [r.hour, r]));
  return Array.from({ length: 24 }, (_, hour) => byHour.get(hour) ?? { hour, sales: 0, total: 0 });
}

export function salesByCategory(core: Core, p: Period): { categoryCode: string | null; categoryName: string; lines: number; total: Rupiah }[] {
  return (
    core.db
      .prepare(
        `SELECT c.code, COALESCE(c.name, 'Tanpa kategori') AS name, COUNT(*) AS lines, SUM(l.line_total) AS total
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id
       WHERE ${COMPLETED} GROUP BY c.id ORDER BY total DESC`,
      )
      .all(p) as { code: string | null; name: string; lines: number; total: number }[]
  ).map((r) => ({ categoryCode: r.code, categoryName: r.name, lines: r.lines, total: r.total }));
}

export interface PaymentsReport {
  rows: { method: string; payments: number; total: Rupiah }[];
  /** Pembulatan the cash payments carried, signed as the buyer paid it (+ rounded up, − down). */
  rounding: Rupiah;
  /** The sales total (goods), as salesByDay and the headline count it. */
  salesTotal: Rupiah;
  /** salesTotal + rounding: what the rows add up to. */
  received: Rupiah;
}

/** Money received per method, cash net of change given. Cash was rounded (pos.cash_rounding), so
 * the methods add up to the sales total plus the pembulatan, shown as its own line. */
export function salesByPayment(core: Core, p: Period): PaymentsReport {
  const rows = core.db
    .prepare(
      `SELECT pm.method, COUNT(*) AS payments, SUM(pm.amount) AS total FROM sales s JOIN payments pm ON pm.sale_id = s.id WHERE ${COMPLETED} GROUP BY pm.method ORDER BY pm.method`,
    )
    .all(p) as { method: string; payments: number; total: number }[];
  const sums = core.db
    .prepare(
      `SELECT COALESCE(SUM(s.change_due), 0) AS change, COALESCE(SUM(s.rounding), 0) AS rounding, COALESCE(SUM(s.total), 0) AS total FROM sales s WHERE ${COMPLETED}`,
    )
    .get(p) as { change: number; rounding: number; total: number };
  return {
    rows: rows.map((r) => (r.method === 'cash' ? { ...r, total: sumRupiah([r.total, -sums.change]) } : r)),
    rounding: sums.rounding,
    salesTotal: sums.total,
    received: sumRupiah([sums.total, sums.rounding]),
  };
}

export interface MarginRow {
  productId: string;
  sku: string;
  name: string;
  qtyMilli: number;
  revenue: Rupiah;
  cost: Rupiah;
  margin: Rupiah;
  /** Margin as a percentage of revenue, one decimal; null without revenue. */
  marginPct: number | null;
}

/** Margin = line_total − unit_cost × qty (the average cost when each line was sold). */
export function marginByProduct(core: Core, p: Period): MarginRow[] {
  const rows = core.db
    .prepare(
      `SELECT p.id, p.sku, p.name, SUM(l.qty_milli) AS qty, SUM(l.line_total) AS revenue, SUM(l.unit_cost * l.qty_milli) AS cost_milli
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN products p ON p.id = l.product_id
       WHERE ${COMPLETED} GROUP BY p.id ORDER BY revenue DESC`,
    )
    .all(p) as { id: string; sku: string; name: string; qty: number; revenue: number; cost_milli: number }[];
  return rows.map((r) => {
    const cost = new Dec(r.cost_milli).div(1000).toDecimalPlaces(0).toNumber();
    const margin = r.revenue - cost;
    return {
      productId: r.id,
      sku: r.sku,
      name: r.name,
      qtyMilli: r.qty,
      revenue: r.revenue,
      cost,
      margin,
      marginPct: r.revenue > 0 ? new Dec(margin).mul(100).div(r.revenue).toDecimalPlaces(1).toNumber() : null,
    };
  });
}

export function memberVsNonMember(core: Core, p: Period): { group: 'member' | 'non_member'; sales: number; total: Rupiah }[] {
  const rows = core.db
    .prepare(
      `SELECT CASE WHEN s.member_id IS NULL THEN 'non_member' ELSE 'member' END AS grp, COUNT(*) AS sales, SUM(s.total) AS total FROM sales s WHERE ${COMPLETED} GROUP BY grp`,
    )
    .all(p) as { grp: 'member' | 'non_member'; sales: number; total: number }[];
  return (['member', 'non_member'] as const).map((group) => {
    const r = rows.find((x) => x.grp === group);
    return { group, sales: r?.sales ?? 0, total: r?.total ?? 0 };
  });
}

/** Per month: the allocation in force (setting lpg3.monthly_allocation), tabung received from
 * deliveries, and tabung sold to registered buyers (lines still counted after voids/returns). */
export function lpgAllocationUse(
  core: Core,
  fromMonth: string,
  toMonth: string,
): { month: string; allocation: number; received: number; sold: number; usedPct: number }[] {
  const tz = outletTimeZone(core);
  const out: { month: string; allocation: number; received: number; sold: number; usedPct: number }[] = [];
  for (let m = fromMonth; m <= toMonth; m = nextMonth(m)) {
    const allocation = settingOn(core, 'lpg3.monthly_allocation', `${m}-01`);
    const start = dayStartUtc(`${m}-01`, tz);
    const end = dayStartUtc(`${nextMonth(m)}-01`, tz);
    const received =
      (
        core.db
          .prepare(
            `SELECT COALESCE(SUM(mv.qty_milli), 0) AS q FROM stock_moves mv JOIN products p ON p.id = mv.product_id WHERE p.subsidy_program = 'LPG3' AND p.lpg_kind = 'refill' AND mv.kind = 'receipt' AND mv.at >= ? AND mv.at < ?`,
          )
          .get(start, end) as { q: number }
      ).q / 1000;
    const sold = (
      core.db.prepare('SELECT COALESCE(SUM(qty - returned_qty), 0) AS q FROM lpg_sale_lines WHERE counted = 1 AND substr(business_date, 1, 7) = ?').get(m) as {
        q: number;
      }
    ).q;
    out.push({ month: m, allocation, received, sold, usedPct: allocation > 0 ? new Dec(sold).mul(100).div(allocation).toDecimalPlaces(1).toNumber() : 0 });
  }
  return out;
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
