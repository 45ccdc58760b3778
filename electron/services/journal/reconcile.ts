// Moves reconciled with their documents: each sale line has its sale move, each void its
// reversal, each posted delivery its receipts, and no sale or delivery move without its document.
// Quantities are compared per document and product, in milli-units.
import type { Db } from '../../db/connection';

export interface ReconcileFinding {
  check: 'moves_vs_documents';
  detail: string;
}

interface Diff {
  doc: string;
  label: string | null;
  product: string;
  sku: string | null;
  expected: number;
  moved: number;
}

function diffs(db: Db, expectedSql: string, movedSql: string): Diff[] {
  // Full outer join by hand: every (doc, product) either side names.
  return db
    .prepare(
      `WITH e AS (${expectedSql}), m AS (${movedSql}),
            k AS (SELECT doc, product FROM e UNION SELECT doc, product FROM m)
       SELECT k.doc, k.product, p.sku, COALESCE(e.qty, 0) AS expected, COALESCE(m.qty, 0) AS moved,
              COALESCE(s.receipt_no, d.doc_no) AS label
       FROM k LEFT JOIN e ON e.doc = k.doc AND e.product = k.product
              LEFT JOIN m ON m.doc = k.doc AND m.product = k.product
              LEFT JOIN products p ON p.id = k.product
              LEFT JOIN sales s ON s.id = k.doc
              LEFT JOIN deliveries d ON d.id = k.doc
       WHERE COALESCE(e.qty, 0) <> COALESCE(m.qty, 0)`,
    )
    .all() as Diff[];
}

export function reconcileMoves(db: Db): ReconcileFinding[] {
  const out: ReconcileFinding[] = [];
  const name = (d: Diff) => `${d.label ?? d.doc} ${d.sku ?? d.product}`;
  for (const d of diffs(
    db,
    'SELECT sale_id AS doc, product_id AS product, -SUM(qty_milli) AS qty FROM sale_lines GROUP BY sale_id, product_id',
    "SELECT doc_id AS doc, product_id AS product, SUM(qty_milli) AS qty FROM stock_moves WHERE doc_type = 'sale' AND kind = 'sale' GROUP BY doc_id, product_id",
  ))
    out.push({ check: 'moves_vs_documents', detail: `sale ${name(d)}: lines take ${-d.expected} but its sale moves take ${-d.moved} (milli)` });
  for (const d of diffs(
    db,
    "SELECT l.sale_id AS doc, l.product_id AS product, SUM(l.qty_milli) AS qty FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.status = 'voided' GROUP BY l.sale_id, l.product_id",
    "SELECT doc_id AS doc, product_id AS product, SUM(qty_milli) AS qty FROM stock_moves WHERE doc_type = 'sale' AND kind = 'void' GROUP BY doc_id, product_id",
  ))
    out.push({
      check: 'moves_vs_documents',
      detail: `void of sale ${name(d)}: ${d.expected === 0 ? 'reversal moves for a sale that is not voided' : `voided, but its reversal moves put back ${d.moved} of ${d.expected}`} (milli)`,
    });
  for (const d of diffs(
    db,
    `SELECT l.delivery_id AS doc, l.product_id AS product, SUM(l.counted_milli - l.damaged_milli) AS qty
     FROM delivery_lines l JOIN deliveries d ON d.id = l.delivery_id WHERE d.status = 'posted' AND l.counted_milli - l.damaged_milli > 0 GROUP BY l.delivery_id, l.product_id`,
    "SELECT doc_id AS doc, product_id AS product, SUM(qty_milli) AS qty FROM stock_moves WHERE doc_type = 'delivery' AND kind = 'receipt' GROUP BY doc_id, product_id",
  ))
    out.push({
      check: 'moves_vs_documents',
      detail: `delivery ${name(d)}: ${d.expected === 0 ? 'receipt moves without a posted delivery line' : `posted lines bring ${d.expected} but its receipt moves bring ${d.moved}`} (milli)`,
    });
  const returns = db
    .prepare(
      `SELECT r.id, s.receipt_no, (SELECT COALESCE(SUM(qty_milli), 0) FROM sale_return_lines WHERE return_id = r.id) AS lines,
              (SELECT COALESCE(SUM(qty_milli), 0) FROM stock_moves WHERE doc_type = 'sale_return' AND doc_id = r.id) AS moved
       FROM sale_returns r LEFT JOIN sales s ON s.id = r.sale_id WHERE lines <> moved`,
    )
    .all() as { id: string; receipt_no: string | null; lines: number; moved: number }[];
  for (const r of returns)
    out.push({
      check: 'moves_vs_documents',
      detail: `return ${r.id} of ${r.receipt_no ?? '?'}: lines take back ${r.lines} but its moves put back ${r.moved} (milli)`,
    });
  return out;
}
