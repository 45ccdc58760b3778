-- Foundation, part 2: where a void happened (its shift and who asked for it), the catalog version
-- the counter's memory cache refreshes by, and the defaults for weight labels and cash counting.

-- A void pays money back from the drawer of the shift in which it happens, which may be a later
-- shift than the sale's own; the Z report of each shift needs to know which.
ALTER TABLE sales ADD COLUMN void_shift_id TEXT REFERENCES shifts(id);
ALTER TABLE sales ADD COLUMN void_requested_by TEXT REFERENCES users(id);
CREATE INDEX sales_void_shift ON sales(void_shift_id) WHERE void_shift_id IS NOT NULL;
CREATE INDEX sale_returns_sale ON sale_returns(sale_id);
CREATE INDEX sale_returns_shift ON sale_returns(shift_id);

-- One counter bumped by every change to what the counter shows (products, barcodes, prices,
-- ceilings): the renderer asks for the version and reloads its snapshot only when it moved.
CREATE TABLE catalog_version (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);

CREATE TRIGGER catalog_v_products_ins AFTER INSERT ON products BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_products_upd AFTER UPDATE ON products BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_products_del AFTER DELETE ON products BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_barcodes_ins AFTER INSERT ON product_barcodes BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_barcodes_upd AFTER UPDATE ON product_barcodes BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_barcodes_del AFTER DELETE ON product_barcodes BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_prices_ins AFTER INSERT ON prices BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_prices_upd AFTER UPDATE ON prices BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_prices_del AFTER DELETE ON prices BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_ceilings_ins AFTER INSERT ON price_ceilings BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_ceilings_upd AFTER UPDATE ON price_ceilings BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_ceilings_del AFTER DELETE ON price_ceilings BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_categories_upd AFTER UPDATE ON categories BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;

-- In-store weight labels: EAN-13 with prefix 20-29, item code in digits 3-7, grams in 8-12.
-- A scale printing price instead of weight gets its own row per prefix (value "price").
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('scan.weight_layouts', '2000-01-01',
   '[{"prefix":"20","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"21","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"22","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"23","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"24","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"25","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"26","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"27","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"28","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"},{"prefix":"29","itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5,"value":"grams"}]',
   'migration', '2026-11-25T00:00:00Z'),
  -- Rupiah notes and coins in circulation, for counting the drawer at shift close.
  ('cash.denominations', '2000-01-01', '[100000,50000,20000,10000,5000,2000,1000,500,200,100]', 'migration', '2026-11-25T00:00:00Z');
