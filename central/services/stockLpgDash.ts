// Stock against minimum and allocation, LPG 3 kg against the allocation, refusals by rule — always
// limited to the koperasi the caller may see (scope). Months are YYYY-MM; quantities are milli-units
// for stock (as at the outlet) and whole tabung for LPG.
import type { Sql } from '../db';

const monthStart = (month: string) => `${month}-01`;

/** Products with a minimum or under a subsidy programme, per outlet: on hand, minimum, received in the month. */
export async function stockAgainstMinimum(sql: Sql, scope: readonly string[], month: string) {
  const rows = await sql.query<{
    koperasi_id: string;
    outlet_id: string;
    outlet_name: string;
    product_id: string;
    sku: string;
    name: string;
    unit: string;
    subsidy_program: string;
    on_hand: string;
    min_stock: string;
    received: string;
  }>(
    `SELECT o.koperasi_id, o.id AS outlet_id, o.name AS outlet_name, p.product_id, p.sku, p.name, p.unit, p.subsidy_program,
            coalesce(s.qty_milli, 0) AS on_hand, p.min_stock_milli AS min_stock, coalesce(r.qty_milli, 0) AS received
       FROM outlet_products p JOIN outlets o ON o.id = p.outlet_id
       LEFT JOIN stock_on_hand s ON s.outlet_id = p.outlet_id AND s.product_id = p.product_id
       LEFT JOIN stock_received_month r ON r.outlet_id = p.outlet_id AND r.product_id = p.product_id AND r.month = $2::date
      WHERE o.koperasi_id = ANY($1::text[]) AND p.active AND (p.min_stock_milli > 0 OR p.subsidy_program <> 'NONE')
      ORDER BY o.koperasi_id, o.name, p.name`,
    [scope, monthStart(month)],
  );
  return rows.map((r) => ({
    koperasiId: r.koperasi_id,
    outletId: r.outlet_id,
    outletName: r.outlet_name,
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    subsidyProgram: r.subsidy_program,
    onHandMilli: Number(r.on_hand),
    minMilli: Number(r.min_stock),
    receivedMilli: Number(r.received),
    belowMinimum: Number(r.on_hand) < Number(r.min_stock),
  }));
}

/** Per koperasi for one month: the outlets' LPG allocation (their own setting, which the dinas may set
 * for the kota through regional values), tabung received and sold, MAP pending and rejected. */
export async function lpgAgainstAllocation(sql: Sql, scope: readonly string[], month: string) {
  const rows = await sql.query<{ koperasi_id: string; allocation: string | null; received: string; sold: string; pending: string; rejected: string }>(
    `WITH o AS (SELECT id, koperasi_id FROM outlets WHERE koperasi_id = ANY($1::text[])),
     alloc AS (SELECT DISTINCT ON (s.outlet_id) s.outlet_id, (s.value #>> '{}')::bigint AS tabung FROM outlet_settings s JOIN o ON o.id = s.outlet_id
                WHERE s.key = 'lpg3.monthly_allocation' AND s.valid_from <= $2::date ORDER BY s.outlet_id, s.valid_from DESC),
     recv AS (SELECT r.outlet_id, sum(r.qty_milli) / 1000 AS tabung FROM stock_received_month r
                JOIN outlet_products p ON p.outlet_id = r.outlet_id AND p.product_id = r.product_id
               WHERE r.month = $2::date AND p.subsidy_program = 'LPG3' AND p.lpg_kind IS DISTINCT FROM 'empty' GROUP BY r.outlet_id),
     sold AS (SELECT l.outlet_id, coalesce(sum(l.qty) FILTER (WHERE l.counted), 0) AS tabung,
                     count(*) FILTER (WHERE l.counted AND l.map_status = 'pending') AS pending,
                     count(*) FILTER (WHERE l.counted AND l.map_status = 'rejected') AS rejected
                FROM lpg_lines l JOIN o ON o.id = l.outlet_id
               WHERE l.business_date >= $2::date AND l.business_date < ($2::date + interval '1 month') GROUP BY l.outlet_id)
     SELECT o.koperasi_id, sum(a.tabung) AS allocation, coalesce(sum(r.tabung), 0) AS received, coalesce(sum(s.tabung), 0) AS sold,
            coalesce(sum(s.pending), 0) AS pending, coalesce(sum(s.rejected), 0) AS rejected
       FROM o LEFT JOIN alloc a ON a.outlet_id = o.id LEFT JOIN recv r ON r.outlet_id = o.id LEFT JOIN sold s ON s.outlet_id = o.id
      GROUP BY o.koperasi_id ORDER BY o.koperasi_id`,
    [scope, monthStart(month)],
  );
  return rows.map((r) => ({
    koperasiId: r.koperasi_id,
    allocation: r.allocation === null ? null : Number(r.allocation),
    received: Number(r.received),
    sold: Number(r.sold),
    mapPending: Number(r.pending),
    mapRejected: Number(r.rejected),
  }));
}

/** Sales refused at the counter per koperasi and rule, over business days from..to. */
export async function refusalsByRule(sql: Sql, scope: readonly string[], from: string, to: string) {
  const rows = await sql.query<{ koperasi_id: string; rule_code: string; refusals: string; buyers: string }>(
    `SELECT o.koperasi_id, r.rule_code, count(*) AS refusals, count(DISTINCT r.buyer_ref) AS buyers
       FROM refusals r JOIN outlets o ON o.id = r.outlet_id
      WHERE o.koperasi_id = ANY($1::text[]) AND r.business_date BETWEEN $2 AND $3
      GROUP BY o.koperasi_id, r.rule_code ORDER BY o.koperasi_id, count(*) DESC, r.rule_code`,
    [scope, from, to],
  );
  return rows.map((r) => ({ koperasiId: r.koperasi_id, ruleCode: r.rule_code, refusals: Number(r.refusals), buyers: Number(r.buyers) }));
}
