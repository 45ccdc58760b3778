// Member purchases, the basis of jasa usaha: sale lines of completed sales (a voided sale counts
// nothing) less what was returned of each line, in the categories that count for SHU. A return
// counts against the year of the sale it returns.
import type { Core } from './core';

/** Net amount of every sale line in a date range, with its member, member flag and whether its category counts. */
const NET_LINES = `
  WITH ret AS (
    SELECT r.sale_id, rl.line_no, SUM(rl.amount) AS amount
    FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id
    GROUP BY r.sale_id, rl.line_no
  )
  SELECT s.member_id, sl.is_member, COALESCE(c.counts_for_shu, 1) AS counts,
         sl.line_total - COALESCE(ret.amount, 0) AS net
  FROM sales s
  JOIN sale_lines sl ON sl.sale_id = s.id
  JOIN products p ON p.id = sl.product_id
  LEFT JOIN categories c ON c.id = p.category_id
  LEFT JOIN ret ON ret.sale_id = sl.sale_id AND ret.line_no = sl.line_no
  WHERE s.status = 'completed' AND s.business_date BETWEEN ? AND ?`;

/** Counted purchases per member id in the year (only members with purchases appear). */
export function purchaseBasisByMember(core: Core, year: number): Map<string, number> {
  const rows = core.db
    .prepare(`SELECT member_id, SUM(net) AS basis FROM (${NET_LINES}) WHERE member_id IS NOT NULL AND counts = 1 GROUP BY member_id`)
    .all(`${year}-01-01`, `${year}-12-31`) as { member_id: string; basis: number }[];
  return new Map(rows.map((r) => [r.member_id, Math.max(0, r.basis)]));
}

/** Net sales of the year to members and to non-members, all categories: what attributes SHU to non-member business. */
export function memberSalesSplit(core: Core, year: number): { memberSales: number; nonMemberSales: number } {
  const row = core.db
    .prepare(`SELECT COALESCE(SUM(CASE WHEN is_member = 1 THEN net END), 0) AS m, COALESCE(SUM(CASE WHEN is_member = 0 THEN net END), 0) AS n FROM (${NET_LINES})`)
    .get(`${year}-01-01`, `${year}-12-31`) as { m: number; n: number };
  return { memberSales: Math.max(0, row.m), nonMemberSales: Math.max(0, row.n) };
}

export interface MemberPurchase {
  receiptNo: string;
  date: string;
  status: 'completed' | 'voided';
  total: number;
  returned: number;
  net: number;
  counted: number;
}

/** A member's sales in the year for the statement; a voided sale is listed with net 0. */
export function memberPurchases(core: Core, memberId: string, year: number): MemberPurchase[] {
  const rows = core.db
    .prepare(
      `WITH ret AS (
         SELECT r.sale_id, rl.line_no, SUM(rl.amount) AS amount
         FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id
         JOIN sales s2 ON s2.id = r.sale_id WHERE s2.member_id = ?
         GROUP BY r.sale_id, rl.line_no
       )
       SELECT s.receipt_no, s.business_date, s.status, s.total,
              COALESCE(SUM(ret.amount), 0) AS returned,
              SUM(CASE WHEN COALESCE(c.counts_for_shu, 1) = 1 THEN sl.line_total - COALESCE(ret.amount, 0) ELSE 0 END) AS counted
       FROM sales s
       JOIN sale_lines sl ON sl.sale_id = s.id
       JOIN products p ON p.id = sl.product_id
       LEFT JOIN categories c ON c.id = p.category_id
       LEFT JOIN ret ON ret.sale_id = sl.sale_id AND ret.line_no = sl.line_no
       WHERE s.member_id = ? AND s.business_date BETWEEN ? AND ?
       GROUP BY s.id ORDER BY s.business_date, s.receipt_no`,
    )
    .all(memberId, memberId, `${year}-01-01`, `${year}-12-31`) as { receipt_no: string; business_date: string; status: 'completed' | 'voided'; total: number; returned: number; counted: number }[];
  return rows.map((r) => {
    const voided = r.status === 'voided';
    return { receiptNo: r.receipt_no, date: r.business_date, status: r.status, total: r.total, returned: r.returned, net: voided ? 0 : r.total - r.returned, counted: voided ? 0 : r.counted };
  });
}
