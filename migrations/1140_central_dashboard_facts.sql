-- What the pusat's dashboards need beyond the sales and the logbook (issue 19 item 5), sent through
-- the same outbox, by triggers, in the fact's own transaction (migration 0900):
--   * 'sale' now carries the pembulatan (sales.rounding);
--   * 'product': a product's name, unit, programme and minimum stock, again whenever one changes,
--     so the pusat can set stock on hand against the minimum;
--   * 'outlet_setting': the outlet's own LPG allocation and its member target and household count;
--   * 'member': a member joined or left — id, dates, status and kelurahan only (no NIK, no name);
--   * 'refusal': a sale the rules refused (LPG quota, HET, ...), kept in rule_refusals below.

DROP VIEW outbox_src_sale;
CREATE VIEW outbox_src_sale AS SELECT id, created_at AS at, json_object(
  'id', id, 'receipt_no', receipt_no, 'outlet_code', outlet_code, 'business_date', business_date, 'shift_id', shift_id,
  'cashier_id', cashier_id, 'member_id', member_id, 'status', status, 'total', total, 'rounding', rounding, 'paid', paid,
  'change_due', change_due, 'created_at', created_at) AS payload FROM sales;

CREATE VIEW outbox_src_product AS SELECT id, json_object(
  'id', id, 'sku', sku, 'name', name, 'unit', unit, 'subsidy_program', subsidy_program, 'lpg_kind', lpg_kind,
  'min_stock_milli', min_stock_milli, 'active', active) AS payload FROM products;
CREATE VIEW outbox_src_member AS SELECT id, json_object(
  'id', id, 'status', status, 'join_date', join_date, 'leave_date', leave_date, 'kelurahan', kelurahan) AS payload FROM members;
CREATE VIEW outbox_src_outlet_setting AS SELECT key, valid_from, set_at AS at, json_object(
  'key', key, 'valid_from', valid_from, 'value', json(value)) AS payload FROM settings
  WHERE key IN ('lpg3.monthly_allocation', 'members.target_pct', 'members.kelurahan_kk_count');

-- A refused attempt at the counter: which rule, which product, when and who asked, the buyer only
-- as the register's id or a masked NIK (last four digits). Append-only, like the other ledgers.
CREATE TABLE rule_refusals (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  at             TEXT NOT NULL,
  business_date  TEXT NOT NULL,
  rule_code      TEXT NOT NULL,
  product_id     TEXT,
  qty_milli      INTEGER,
  buyer_ref      TEXT,
  cashier_id     TEXT
);
CREATE INDEX rule_refusals_date ON rule_refusals(business_date, rule_code);
CREATE TRIGGER rule_refusals_no_update BEFORE UPDATE ON rule_refusals BEGIN SELECT RAISE(ABORT, 'rule_refusals is append-only'); END;
CREATE TRIGGER rule_refusals_no_delete BEFORE DELETE ON rule_refusals BEGIN SELECT RAISE(ABORT, 'rule_refusals is append-only'); END;
CREATE VIEW outbox_src_refusal AS SELECT id, at, json_object(
  'id', id, 'at', at, 'business_date', business_date, 'rule_code', rule_code, 'product_id', product_id, 'qty_milli', qty_milli,
  'buyer_ref', buyer_ref, 'cashier_id', cashier_id) AS payload FROM rule_refusals;

-- The state of today goes out first. Every instant is normalised to the ISO form a batch requires
-- (a row written by older code in another form goes out with the migration's own time).
INSERT INTO outbox (kind, at, payload) SELECT 'product', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), p.payload FROM outbox_src_product p JOIN products USING (id) ORDER BY created_at, id;
INSERT INTO outbox (kind, at, payload) SELECT 'member', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), m.payload FROM outbox_src_member m JOIN members USING (id) ORDER BY created_at, id;
INSERT INTO outbox (kind, at, payload) SELECT 'outlet_setting', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload FROM outbox_src_outlet_setting ORDER BY key, valid_from;

CREATE TRIGGER outbox_product AFTER INSERT ON products BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'product', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', NEW.created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload FROM outbox_src_product WHERE id = NEW.id; END;
CREATE TRIGGER outbox_product_change AFTER UPDATE ON products
  WHEN OLD.name IS NOT NEW.name OR OLD.unit IS NOT NEW.unit OR OLD.subsidy_program IS NOT NEW.subsidy_program
    OR OLD.lpg_kind IS NOT NEW.lpg_kind OR OLD.min_stock_milli IS NOT NEW.min_stock_milli OR OLD.active IS NOT NEW.active BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'product', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), payload FROM outbox_src_product WHERE id = NEW.id; END;
CREATE TRIGGER outbox_member AFTER INSERT ON members BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'member', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', NEW.created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload FROM outbox_src_member WHERE id = NEW.id; END;
CREATE TRIGGER outbox_member_change AFTER UPDATE ON members
  WHEN OLD.status IS NOT NEW.status OR OLD.join_date IS NOT NEW.join_date OR OLD.leave_date IS NOT NEW.leave_date OR OLD.kelurahan IS NOT NEW.kelurahan BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'member', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), payload FROM outbox_src_member WHERE id = NEW.id; END;
CREATE TRIGGER outbox_outlet_setting AFTER INSERT ON settings
  WHEN NEW.key IN ('lpg3.monthly_allocation', 'members.target_pct', 'members.kelurahan_kk_count') BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'outlet_setting', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload FROM outbox_src_outlet_setting WHERE key = NEW.key AND valid_from = NEW.valid_from; END;
CREATE TRIGGER outbox_outlet_setting_change AFTER UPDATE OF value ON settings
  WHEN NEW.key IN ('lpg3.monthly_allocation', 'members.target_pct', 'members.kelurahan_kk_count') BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'outlet_setting', coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload FROM outbox_src_outlet_setting WHERE key = NEW.key AND valid_from = NEW.valid_from; END;
CREATE TRIGGER outbox_refusal AFTER INSERT ON rule_refusals BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'refusal', at, payload FROM outbox_src_refusal WHERE id = NEW.id; END;
