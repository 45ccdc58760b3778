// The tables the dashboards read, derived from the facts of one batch, written by the same single
// statement that stores the facts (one round trip per batch: see docs/performance.md). Every part
// of a data-modifying WITH sees the tables as they were before the statement, so a void or an LPG
// state change that arrives with its sale is folded into the insert, and the updates reach only
// the rows of earlier batches.

/** `f`: the batch's facts, read once from $2 (a JSON array). Parameters: $1 outlet id. */
export const BATCH_FACTS = `f AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($2::jsonb) AS f(seq bigint, kind text, at timestamptz, payload jsonb))`;

/** A delivery's lines: SQLite's json_object keeps a subquery's JSON array as text, so it arrives as a string. */
const DELIVERY_LINES = `CASE WHEN jsonb_typeof(f.payload->'lines') = 'string' THEN (f.payload->>'lines')::jsonb ELSE f.payload->'lines' END`;

/** Stock, members, refusals and the books (central migration 0003). State facts (a product, a
 * member, a setting) keep the latest seq; amounts are summed per key inside the batch first, since
 * one statement may not update a row twice, then added to what earlier batches left. */
const DASHBOARD_PARTS = [
  `p_products AS (INSERT INTO outlet_products (outlet_id, product_id, sku, name, unit, subsidy_program, lpg_kind, min_stock_milli, active, seq)
     SELECT DISTINCT ON (payload->>'id') $1, payload->>'id', payload->>'sku', payload->>'name', payload->>'unit', payload->>'subsidy_program',
            payload->>'lpg_kind', (payload->>'min_stock_milli')::bigint, (payload->>'active')::int = 1, seq
       FROM f WHERE kind = 'product' ORDER BY payload->>'id', seq DESC
     ON CONFLICT (outlet_id, product_id) DO UPDATE SET sku = excluded.sku, name = excluded.name, unit = excluded.unit,
        subsidy_program = excluded.subsidy_program, lpg_kind = excluded.lpg_kind, min_stock_milli = excluded.min_stock_milli,
        active = excluded.active, seq = excluded.seq WHERE outlet_products.seq < excluded.seq)`,
  `p_stock AS (INSERT INTO stock_on_hand (outlet_id, product_id, qty_milli)
     SELECT $1, payload->>'product_id', sum((payload->>'qty_milli')::bigint) FROM f WHERE kind = 'stock_move' GROUP BY payload->>'product_id'
     ON CONFLICT (outlet_id, product_id) DO UPDATE SET qty_milli = stock_on_hand.qty_milli + excluded.qty_milli)`,
  `p_received AS (INSERT INTO stock_received_month (outlet_id, product_id, month, qty_milli)
     SELECT $1, l->>'product_id', date_trunc('month', (f.payload->>'delivery_date')::date)::date,
            sum((l->>'counted_milli')::bigint - coalesce((l->>'damaged_milli')::bigint, 0))
       FROM (SELECT payload FROM f WHERE kind = 'delivery_posted') f, jsonb_array_elements(${DELIVERY_LINES}) l GROUP BY 2, 3
     ON CONFLICT (outlet_id, product_id, month) DO UPDATE SET qty_milli = stock_received_month.qty_milli + excluded.qty_milli)`,
  `p_settings AS (INSERT INTO outlet_settings (outlet_id, key, valid_from, value)
     SELECT DISTINCT ON (payload->>'key', payload->>'valid_from') $1, payload->>'key', (payload->>'valid_from')::date, payload->'value'
       FROM f WHERE kind = 'outlet_setting' ORDER BY payload->>'key', payload->>'valid_from', seq DESC
     ON CONFLICT (outlet_id, key, valid_from) DO UPDATE SET value = excluded.value)`,
  `p_members AS (INSERT INTO outlet_members (outlet_id, member_id, status, join_date, leave_date, kelurahan, seq)
     SELECT DISTINCT ON (payload->>'id') $1, payload->>'id', payload->>'status', (payload->>'join_date')::date, (payload->>'leave_date')::date,
            payload->>'kelurahan', seq
       FROM f WHERE kind = 'member' ORDER BY payload->>'id', seq DESC
     ON CONFLICT (outlet_id, member_id) DO UPDATE SET status = excluded.status, join_date = excluded.join_date, leave_date = excluded.leave_date,
        kelurahan = excluded.kelurahan, seq = excluded.seq WHERE outlet_members.seq < excluded.seq)`,
  `p_refusals AS (INSERT INTO refusals (outlet_id, refusal_id, at, business_date, rule_code, product_id, buyer_ref)
     SELECT $1, (payload->>'id')::bigint, at, (payload->>'business_date')::date, payload->>'rule_code', payload->>'product_id', payload->>'buyer_ref'
       FROM f WHERE kind = 'refusal' ON CONFLICT DO NOTHING)`,
  `p_journal AS (INSERT INTO journal_month (outlet_id, month, account_code, debit, credit)
     SELECT $1, date_trunc('month', (payload->>'entry_date')::date)::date, payload->>'account_code',
            sum((payload->>'debit')::bigint), sum((payload->>'credit')::bigint)
       FROM f WHERE kind = 'journal_line' GROUP BY 2, 3
     ON CONFLICT (outlet_id, month, account_code) DO UPDATE SET debit = journal_month.debit + excluded.debit, credit = journal_month.credit + excluded.credit)`,
];

export const PROJECTION_PARTS = [
  `lpg_last AS (SELECT DISTINCT ON (payload->>'sale_id', payload->>'line_no') payload FROM f WHERE kind = 'lpg_line_state'
     ORDER BY payload->>'sale_id', payload->>'line_no', seq DESC)`,
  `p_sales AS (INSERT INTO sales (outlet_id, sale_id, at, business_date, receipt_no, total, rounding, status)
     SELECT $1, f.payload->>'id', f.at, (f.payload->>'business_date')::date, f.payload->>'receipt_no', (f.payload->>'total')::bigint,
            coalesce((f.payload->>'rounding')::bigint, 0),
            CASE WHEN EXISTS (SELECT 1 FROM f v WHERE v.kind = 'sale_void' AND v.payload->>'id' = f.payload->>'id') THEN 'voided' ELSE f.payload->>'status' END
       FROM f WHERE f.kind = 'sale' ON CONFLICT DO NOTHING)`,
  `p_lines AS (INSERT INTO sale_lines (outlet_id, sale_id, line_no, at, product_id, qty_milli, line_total, unit_cost)
     SELECT $1, f.payload->>'sale_id', (f.payload->>'line_no')::int, f.at, f.payload->>'product_id', (f.payload->>'qty_milli')::bigint,
            (f.payload->>'line_total')::bigint, (f.payload->>'unit_cost')::bigint
       FROM f WHERE f.kind = 'sale_line' ON CONFLICT DO NOTHING)`,
  `p_lpg AS (INSERT INTO lpg_lines (outlet_id, sale_id, line_no, at, business_date, category, qty, counted, map_status)
     SELECT $1, f.payload->>'sale_id', (f.payload->>'line_no')::int, f.at, (f.payload->>'business_date')::date, f.payload->>'category',
            (f.payload->>'qty')::int, coalesce(s.payload->>'counted', f.payload->>'counted')::int = 1, coalesce(s.payload->>'map_status', f.payload->>'map_status')
       FROM f LEFT JOIN lpg_last s ON s.payload->>'sale_id' = f.payload->>'sale_id' AND s.payload->>'line_no' = f.payload->>'line_no'
      WHERE f.kind = 'lpg_line' ON CONFLICT DO NOTHING)`,
  `p_void AS (UPDATE sales s SET status = 'voided' FROM f WHERE f.kind = 'sale_void' AND s.outlet_id = $1 AND s.sale_id = f.payload->>'id')`,
  `p_lpg_state AS (UPDATE lpg_lines l SET counted = (x.payload->>'counted')::int = 1, map_status = x.payload->>'map_status'
     FROM lpg_last x WHERE l.outlet_id = $1 AND l.sale_id = x.payload->>'sale_id' AND l.line_no = (x.payload->>'line_no')::int)`,
  ...DASHBOARD_PARTS,
];
