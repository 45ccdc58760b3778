// The tables the dashboards read, derived from the facts of one batch, written by the same single
// statement that stores the facts (one round trip per batch: see docs/performance.md). Every part
// of a data-modifying WITH sees the tables as they were before the statement, so a void or an LPG
// state change that arrives with its sale is folded into the insert, and the updates reach only
// the rows of earlier batches.

/** `f`: the batch's facts, read once from $2 (a JSON array). Parameters: $1 outlet id. */
export const BATCH_FACTS = `f AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($2::jsonb) AS f(seq bigint, kind text, at timestamptz, payload jsonb))`;

export const PROJECTION_PARTS = [
  `lpg_last AS (SELECT DISTINCT ON (payload->>'sale_id', payload->>'line_no') payload FROM f WHERE kind = 'lpg_line_state'
     ORDER BY payload->>'sale_id', payload->>'line_no', seq DESC)`,
  `p_sales AS (INSERT INTO sales (outlet_id, sale_id, at, business_date, receipt_no, total, status)
     SELECT $1, f.payload->>'id', f.at, (f.payload->>'business_date')::date, f.payload->>'receipt_no', (f.payload->>'total')::bigint,
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
];
