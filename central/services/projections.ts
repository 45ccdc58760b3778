// The tables the dashboards read, derived from the facts of one batch in the same transaction.
// Each statement reads the batch's facts (a JSON array) once; inserts before updates, so a void
// or a MAP status arriving with its sale finds it.
import type { Sql } from '../db';

const FACTS = 'jsonb_to_recordset($2::jsonb) AS f(seq bigint, kind text, at timestamptz, payload jsonb)';

export async function applyProjections(sql: Sql, outletId: string, factsJson: string): Promise<void> {
  const run = (text: string) => sql.query(text, [outletId, factsJson]);
  await run(`INSERT INTO sales (outlet_id, sale_id, at, business_date, receipt_no, total, status)
    SELECT $1, f.payload->>'id', f.at, (f.payload->>'business_date')::date, f.payload->>'receipt_no', (f.payload->>'total')::bigint, f.payload->>'status'
    FROM ${FACTS} WHERE f.kind = 'sale' ON CONFLICT DO NOTHING`);
  await run(`INSERT INTO sale_lines (outlet_id, sale_id, line_no, at, product_id, qty_milli, line_total, unit_cost)
    SELECT $1, f.payload->>'sale_id', (f.payload->>'line_no')::int, f.at, f.payload->>'product_id', (f.payload->>'qty_milli')::bigint, (f.payload->>'line_total')::bigint, (f.payload->>'unit_cost')::bigint
    FROM ${FACTS} WHERE f.kind = 'sale_line' ON CONFLICT DO NOTHING`);
  await run(`INSERT INTO lpg_lines (outlet_id, sale_id, line_no, at, business_date, category, qty, counted, map_status)
    SELECT $1, f.payload->>'sale_id', (f.payload->>'line_no')::int, f.at, (f.payload->>'business_date')::date, f.payload->>'category', (f.payload->>'qty')::int, (f.payload->>'counted')::int = 1, f.payload->>'map_status'
    FROM ${FACTS} WHERE f.kind = 'lpg_line' ON CONFLICT DO NOTHING`);
  await run(`UPDATE sales s SET status = 'voided' FROM ${FACTS} WHERE f.kind = 'sale_void' AND s.outlet_id = $1 AND s.sale_id = f.payload->>'id'`);
  // Several state changes of one line in a batch: the last (highest seq) wins.
  await run(`UPDATE lpg_lines l SET counted = (x.payload->>'counted')::int = 1, map_status = x.payload->>'map_status'
    FROM (SELECT DISTINCT ON (f.payload->>'sale_id', f.payload->>'line_no') f.payload FROM ${FACTS} WHERE f.kind = 'lpg_line_state' ORDER BY f.payload->>'sale_id', f.payload->>'line_no', f.seq DESC) x
    WHERE l.outlet_id = $1 AND l.sale_id = x.payload->>'sale_id' AND l.line_no = (x.payload->>'line_no')::int`);
}
