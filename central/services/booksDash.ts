// The books' headline per koperasi and month, from the journal lines the outlets sent (summed per
// month and account by the ingest). Account classes follow the outlet's chart (docs/books.md):
// 1 assets (110x kas, 111x bank and QRIS), 3 equity, 4 revenue, 5 cost of goods sold, 6 expenses.
// Equity includes the year's result not yet closed into it, as the balance sheet shows it.
import type { Sql } from '../db';

export async function booksHeadline(sql: Sql, scope: readonly string[], fromMonth: string, toMonth: string) {
  // Every month of the range gets a row per koperasi with any journal so far, so kas, bank and
  // equity carry over a month without postings instead of dropping to nothing.
  const rows = await sql.query<{ koperasi_id: string; month: string; revenue: string; cogs: string; kas_bank: string; equity: string }>(
    `WITH per_month AS (
       SELECT o.koperasi_id, j.month,
              sum(j.credit - j.debit) FILTER (WHERE j.account_code LIKE '4%') AS revenue,
              sum(j.debit - j.credit) FILTER (WHERE j.account_code LIKE '5%') AS cogs,
              sum(j.debit - j.credit) FILTER (WHERE j.account_code LIKE '110%' OR j.account_code LIKE '111%') AS kas_bank,
              sum(j.credit - j.debit) FILTER (WHERE left(j.account_code, 1) IN ('3', '4', '5', '6')) AS equity
         FROM journal_month j JOIN outlets o ON o.id = j.outlet_id
        WHERE o.koperasi_id = ANY($1::text[]) AND j.month <= $3::date
        GROUP BY o.koperasi_id, j.month),
     grid AS (
       SELECT k.koperasi_id, m::date AS month
         FROM (SELECT koperasi_id, min(month) AS first FROM per_month GROUP BY koperasi_id) k,
              generate_series(LEAST(k.first, $2::date), $3::date, interval '1 month') m),
     running AS (
       SELECT g.koperasi_id, g.month, coalesce(p.revenue, 0) AS revenue, coalesce(p.cogs, 0) AS cogs,
              sum(coalesce(p.kas_bank, 0)) OVER w AS kas_bank, sum(coalesce(p.equity, 0)) OVER w AS equity
         FROM grid g LEFT JOIN per_month p ON p.koperasi_id = g.koperasi_id AND p.month = g.month
       WINDOW w AS (PARTITION BY g.koperasi_id ORDER BY g.month))
     SELECT koperasi_id, to_char(month, 'YYYY-MM') AS month, revenue, cogs, kas_bank, equity FROM running
      WHERE month >= $2::date ORDER BY month, koperasi_id`,
    [scope, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return rows.map((r) => ({
    koperasiId: r.koperasi_id,
    month: r.month,
    revenue: Number(r.revenue),
    grossMargin: Number(r.revenue) - Number(r.cogs),
    kasBank: Number(r.kas_bank),
    equity: Number(r.equity),
  }));
}
