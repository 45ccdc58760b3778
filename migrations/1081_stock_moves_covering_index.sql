-- The ledger-wide summary of the kartu stok export (opening, in, out per product) and every
-- opening balance sum only product_id, at and qty_milli: with qty_milli in the index they are
-- read from the index alone (EXPLAIN QUERY PLAN: COVERING INDEX), about six times faster on the
-- bench outlet (docs/performance.md, figure c). The new index keeps the old one's (product_id, at,
-- id) order, which the kartu stok pages walk, so the old one goes.
CREATE INDEX stock_moves_product_at_qty ON stock_moves(product_id, at, id, qty_milli);
DROP INDEX stock_moves_product_at;
