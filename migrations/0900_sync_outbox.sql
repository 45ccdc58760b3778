-- Replication to the pusat (docs/central.md, docs/architecture.md). Every append-only fact gets an outbox row, numbered
-- per outlet (seq), in the same transaction as the fact: the triggers below are that one hook, so
-- no service can write a fact and forget its outbox row. AUTOINCREMENT rolls back with the
-- transaction, so seq has no gaps. Payloads never carry a NIK: buyers travel as their id and the
-- keyed KK hash only; members and buyers themselves are not sent.

CREATE TABLE outbox (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  kind     TEXT NOT NULL,
  at       TEXT NOT NULL,                    -- ISO instant (UTC) of the fact
  payload  TEXT NOT NULL                     -- JSON
);
CREATE INDEX outbox_kind ON outbox(kind, seq);
CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;

-- The outlet's side of the link: one row once enrolled. acked_seq: the pusat has applied every
-- fact up to it. The private signing key is a 0600 file beside the database, never in here.
CREATE TABLE sync_state (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  central_url   TEXT NOT NULL,
  outlet_id     TEXT NOT NULL,
  koperasi_id   TEXT NOT NULL,
  kota          TEXT NOT NULL,
  enrolled_at   TEXT NOT NULL,
  acked_seq     INTEGER NOT NULL DEFAULT 0,
  last_push_at  TEXT,
  last_ack_at   TEXT,
  last_pull_at  TEXT,
  last_error    TEXT
);

-- One view per kind: the payload of a fact, defined once for the triggers and the backfill.
CREATE VIEW outbox_src_sale AS SELECT id, created_at AS at, json_object(
  'id', id, 'receipt_no', receipt_no, 'outlet_code', outlet_code, 'business_date', business_date, 'shift_id', shift_id,
  'cashier_id', cashier_id, 'member_id', member_id, 'status', status, 'total', total, 'paid', paid, 'change_due', change_due,
  'created_at', created_at) AS payload FROM sales;
CREATE VIEW outbox_src_sale_line AS SELECT l.sale_id, l.line_no, s.created_at AS at, json_object(
  'sale_id', l.sale_id, 'line_no', l.line_no, 'product_id', l.product_id, 'qty_milli', l.qty_milli, 'unit_price', l.unit_price,
  'line_total', l.line_total, 'unit_cost', l.unit_cost, 'ceiling_kind', l.ceiling_kind, 'ceiling_amount', l.ceiling_amount,
  'is_member', l.is_member) AS payload FROM sale_lines l JOIN sales s ON s.id = l.sale_id;
CREATE VIEW outbox_src_payment AS SELECT p.sale_id, p.seq, s.created_at AS at, json_object(
  'sale_id', p.sale_id, 'seq', p.seq, 'method', p.method, 'amount', p.amount, 'reference', p.reference) AS payload
  FROM payments p JOIN sales s ON s.id = p.sale_id;
CREATE VIEW outbox_src_sale_void AS SELECT id, voided_at AS at, json_object(
  'id', id, 'voided_at', voided_at, 'voided_by', voided_by, 'void_reason', void_reason) AS payload FROM sales WHERE status = 'voided';
CREATE VIEW outbox_src_return AS SELECT id, created_at AS at, json_object(
  'id', id, 'sale_id', sale_id, 'shift_id', shift_id, 'created_at', created_at, 'user_id', user_id, 'approved_by', approved_by,
  'reason', reason, 'refund', refund, 'method', method) AS payload FROM sale_returns;
CREATE VIEW outbox_src_return_line AS SELECT l.return_id, l.line_no, r.created_at AS at, json_object(
  'return_id', l.return_id, 'line_no', l.line_no, 'qty_milli', l.qty_milli, 'amount', l.amount) AS payload
  FROM sale_return_lines l JOIN sale_returns r ON r.id = l.return_id;
CREATE VIEW outbox_src_stock_move AS SELECT id, at, json_object(
  'id', id, 'product_id', product_id, 'qty_milli', qty_milli, 'kind', kind, 'doc_type', doc_type, 'doc_id', doc_id,
  'unit_cost', unit_cost, 'user_id', user_id, 'at', at, 'note', note) AS payload FROM stock_moves;
CREATE VIEW outbox_src_lpg_line AS SELECT sale_id, line_no, at, json_object(
  'sale_id', sale_id, 'line_no', line_no, 'buyer_id', buyer_id, 'kk_hash', kk_hash, 'category', category, 'product_id', product_id,
  'lpg_kind', lpg_kind, 'qty', qty, 'unit_price', unit_price, 'business_date', business_date, 'receipt_no', receipt_no,
  'empty_returned', empty_returned, 'returned_qty', returned_qty, 'counted', counted, 'map_status', map_status, 'map_ref', map_ref) AS payload
  FROM lpg_sale_lines;
CREATE VIEW outbox_src_lpg_line_state AS SELECT sale_id, line_no, json_object(
  'sale_id', sale_id, 'line_no', line_no, 'returned_qty', returned_qty, 'counted', counted, 'map_status', map_status,
  'map_ref', map_ref, 'map_set_at', map_set_at) AS payload FROM lpg_sale_lines;
CREATE VIEW outbox_src_delivery_posted AS SELECT d.id, d.posted_at AS at, json_object(
  'id', d.id, 'source', d.source, 'supplier', d.supplier, 'doc_no', d.doc_no, 'klik_sphp_ref', d.klik_sphp_ref,
  'delivery_date', d.delivery_date, 'empties_product_id', d.empties_product_id, 'empties_out_milli', d.empties_out_milli,
  'posted_by', d.posted_by, 'posted_at', d.posted_at,
  'lines', (SELECT json_group_array(json_object('line_no', l.line_no, 'product_id', l.product_id, 'expected_milli', l.expected_milli,
     'counted_milli', l.counted_milli, 'damaged_milli', l.damaged_milli, 'unit_cost', l.unit_cost, 'reason', l.reason))
     FROM delivery_lines l WHERE l.delivery_id = d.id)) AS payload
  FROM deliveries d WHERE d.status = 'posted';
CREATE VIEW outbox_src_opname_posted AS SELECT o.id, o.posted_at AS at, json_object(
  'id', o.id, 'title', o.title, 'approved_by', o.approved_by, 'posted_at', o.posted_at,
  'lines', (SELECT json_group_array(json_object('product_id', l.product_id, 'system_milli', l.system_milli, 'counted_milli', l.counted_milli,
     'unit_cost', l.unit_cost)) FROM opname_lines l WHERE l.opname_id = o.id)) AS payload
  FROM opnames o WHERE o.status = 'posted';
CREATE VIEW outbox_src_simpanan AS SELECT id, created_at AS at, json_object(
  'id', id, 'member_id', member_id, 'kind', kind, 'amount', amount, 'entry_date', entry_date, 'receipt_no', receipt_no,
  'method', method, 'reference', reference, 'user_id', user_id, 'created_at', created_at) AS payload FROM simpanan_entries;
-- An audit entry travels whole (its details never hold a NIK) so the pusat can recompute its hash.
CREATE VIEW outbox_src_audit AS SELECT id, at, json_object(
  'id', id, 'at', at, 'user_id', user_id, 'action', action, 'entity', entity, 'entity_id', entity_id, 'details', details,
  'prev_hash', prev_hash, 'hash', hash) AS payload FROM audit_log;

-- What the outlet wrote before this migration goes out first, in time order, the audit chain last
-- and in its own order (so its continuity holds even if the clock was ever set back).
INSERT INTO outbox (kind, at, payload)
SELECT kind, at, payload FROM (
  SELECT 'sale' AS kind, at, payload, 1 AS rank FROM outbox_src_sale
  UNION ALL SELECT 'sale_line', at, payload, 2 FROM outbox_src_sale_line
  UNION ALL SELECT 'payment', at, payload, 3 FROM outbox_src_payment
  UNION ALL SELECT 'lpg_line', at, payload, 4 FROM outbox_src_lpg_line
  UNION ALL SELECT 'stock_move', at, payload, 5 FROM outbox_src_stock_move
  UNION ALL SELECT 'sale_void', at, payload, 6 FROM outbox_src_sale_void
  UNION ALL SELECT 'return', at, payload, 7 FROM outbox_src_return
  UNION ALL SELECT 'return_line', at, payload, 8 FROM outbox_src_return_line
  UNION ALL SELECT 'delivery_posted', at, payload, 9 FROM outbox_src_delivery_posted
  UNION ALL SELECT 'opname_posted', at, payload, 10 FROM outbox_src_opname_posted
  UNION ALL SELECT 'simpanan', at, payload, 11 FROM outbox_src_simpanan
) ORDER BY at, rank;
INSERT INTO outbox (kind, at, payload) SELECT 'audit', at, payload FROM outbox_src_audit ORDER BY id;

CREATE TRIGGER outbox_sale AFTER INSERT ON sales BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'sale', at, payload FROM outbox_src_sale WHERE id = NEW.id; END;
CREATE TRIGGER outbox_sale_line AFTER INSERT ON sale_lines BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'sale_line', at, payload FROM outbox_src_sale_line WHERE sale_id = NEW.sale_id AND line_no = NEW.line_no; END;
CREATE TRIGGER outbox_payment AFTER INSERT ON payments BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'payment', at, payload FROM outbox_src_payment WHERE sale_id = NEW.sale_id AND seq = NEW.seq; END;
CREATE TRIGGER outbox_sale_void AFTER UPDATE OF status ON sales WHEN NEW.status = 'voided' AND OLD.status <> 'voided' BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'sale_void', at, payload FROM outbox_src_sale_void WHERE id = NEW.id; END;
CREATE TRIGGER outbox_return AFTER INSERT ON sale_returns BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'return', at, payload FROM outbox_src_return WHERE id = NEW.id; END;
CREATE TRIGGER outbox_return_line AFTER INSERT ON sale_return_lines BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'return_line', at, payload FROM outbox_src_return_line WHERE return_id = NEW.return_id AND line_no = NEW.line_no; END;
CREATE TRIGGER outbox_stock_move AFTER INSERT ON stock_moves BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'stock_move', at, payload FROM outbox_src_stock_move WHERE id = NEW.id; END;
CREATE TRIGGER outbox_lpg_line AFTER INSERT ON lpg_sale_lines BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'lpg_line', at, payload FROM outbox_src_lpg_line WHERE sale_id = NEW.sale_id AND line_no = NEW.line_no; END;
-- MAP status, a void or a return changes a logbook row: the new state is a fact of its own.
CREATE TRIGGER outbox_lpg_line_state AFTER UPDATE ON lpg_sale_lines
  WHEN OLD.map_status IS NOT NEW.map_status OR OLD.map_ref IS NOT NEW.map_ref OR OLD.counted IS NOT NEW.counted OR OLD.returned_qty IS NOT NEW.returned_qty BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'lpg_line_state', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), payload FROM outbox_src_lpg_line_state WHERE sale_id = NEW.sale_id AND line_no = NEW.line_no; END;
CREATE TRIGGER outbox_delivery_posted AFTER UPDATE OF status ON deliveries WHEN NEW.status = 'posted' AND OLD.status <> 'posted' BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'delivery_posted', at, payload FROM outbox_src_delivery_posted WHERE id = NEW.id; END;
CREATE TRIGGER outbox_opname_posted AFTER UPDATE OF status ON opnames WHEN NEW.status = 'posted' AND OLD.status <> 'posted' BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'opname_posted', at, payload FROM outbox_src_opname_posted WHERE id = NEW.id; END;
CREATE TRIGGER outbox_simpanan AFTER INSERT ON simpanan_entries BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'simpanan', at, payload FROM outbox_src_simpanan WHERE id = NEW.id; END;
CREATE TRIGGER outbox_audit AFTER INSERT ON audit_log BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'audit', at, payload FROM outbox_src_audit WHERE id = NEW.id; END;
