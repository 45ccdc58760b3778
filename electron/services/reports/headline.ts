// The figures at the top of Laporan for a period of business days: omzet (completed sales, before
// returns, as the struk totals), how many transactions, the average basket (omzet ÷ transactions,
// half-up to the rupiah) and the margin over the sold lines (line total − average cost × qty).
// Returns count their goods amount: the cash refund less its pembulatan, as the Z report does.
import { Dec, type Rupiah } from '../../../shared/money';
import type { Core } from '../core';
import type { Period } from './reports';

export interface Headline {
  omzet: Rupiah;
  transactions: number;
  averageBasket: Rupiah;
  margin: Rupiah;
  /** Margin as a percentage of the line revenue, one decimal, as a decimal string; null without sales. */
  marginPct: string | null;
  returns: Rupiah;
}

const COMPLETED = "s.status = 'completed' AND s.business_date BETWEEN @from AND @to";

export function headline(core: Core, p: Period): Headline {
  const sales = core.db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(s.total), 0) AS total FROM sales s WHERE ${COMPLETED}`).get(p) as {
    n: number;
    total: number;
  };
  const lines = core.db
    .prepare(
      `SELECT COALESCE(SUM(l.line_total), 0) AS revenue, COALESCE(SUM(l.unit_cost * l.qty_milli), 0) AS cost_milli
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE ${COMPLETED}`,
    )
    .get(p) as { revenue: number; cost_milli: number };
  const returns = core.db
    .prepare(`SELECT COALESCE(SUM(r.refund - r.rounding), 0) AS r FROM sale_returns r JOIN sales s ON s.id = r.sale_id WHERE ${COMPLETED}`)
    .get(p) as {
    r: number;
  };
  const margin = new Dec(lines.revenue).minus(new Dec(lines.cost_milli).div(1000)).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  return {
    omzet: sales.total,
    transactions: sales.n,
    averageBasket: sales.n ? new Dec(sales.total).div(sales.n).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() : 0,
    margin: margin.toNumber(),
    marginPct: lines.revenue > 0 ? margin.mul(100).div(lines.revenue).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1) : null,
    returns: returns.r,
  };
}
