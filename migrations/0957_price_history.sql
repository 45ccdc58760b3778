-- Price history is append-only (issue 15 item 15): a new price or ceiling for a date that already
-- has one supersedes the old row and never overwrites it, so what the counter charged on any day
-- can still be shown. The rows live in *_history tables; `prices` and `price_ceilings` become views
-- of the newest row per date, so every reader keeps its query and its answer.

CREATE TABLE price_history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id  TEXT NOT NULL REFERENCES products(id),
  valid_from  TEXT NOT NULL,
  price       INTEGER NOT NULL CHECK (price >= 0),
  set_by      TEXT,
  set_at      TEXT NOT NULL
);
CREATE INDEX price_history_key ON price_history(product_id, valid_from, id);
INSERT INTO price_history (product_id, valid_from, price, set_by, set_at)
  SELECT product_id, valid_from, price, set_by, set_at FROM prices ORDER BY set_at, product_id, valid_from;
DROP TABLE prices;

CREATE TABLE price_ceiling_history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id  TEXT NOT NULL REFERENCES products(id),
  valid_from  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('HET','HAP')),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  source      TEXT,
  -- Rows carried over from before this migration have no recorded time.
  set_at      TEXT
);
CREATE INDEX price_ceiling_history_key ON price_ceiling_history(product_id, kind, valid_from, id);
INSERT INTO price_ceiling_history (product_id, valid_from, kind, amount, source)
  SELECT product_id, valid_from, kind, amount, source FROM price_ceilings ORDER BY product_id, valid_from, kind;
DROP TABLE price_ceilings;

CREATE VIEW prices AS
  SELECT product_id, valid_from, price, set_by, set_at FROM price_history h
  WHERE id = (SELECT MAX(id) FROM price_history WHERE product_id = h.product_id AND valid_from = h.valid_from);

CREATE VIEW price_ceilings AS
  SELECT product_id, valid_from, kind, amount, source, set_at FROM price_ceiling_history h
  WHERE id = (SELECT MAX(id) FROM price_ceiling_history WHERE product_id = h.product_id AND kind = h.kind AND valid_from = h.valid_from);

-- Writers that still insert into the views append a superseding row.
CREATE TRIGGER prices_append INSTEAD OF INSERT ON prices BEGIN
  INSERT INTO price_history (product_id, valid_from, price, set_by, set_at)
  VALUES (NEW.product_id, NEW.valid_from, NEW.price, NEW.set_by, COALESCE(NEW.set_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
END;
CREATE TRIGGER price_ceilings_append INSTEAD OF INSERT ON price_ceilings BEGIN
  INSERT INTO price_ceiling_history (product_id, valid_from, kind, amount, source, set_at)
  VALUES (NEW.product_id, NEW.valid_from, NEW.kind, NEW.amount, NEW.source, COALESCE(NEW.set_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
END;

CREATE TRIGGER price_history_no_update BEFORE UPDATE ON price_history BEGIN SELECT RAISE(ABORT, 'price_history is append-only'); END;
CREATE TRIGGER price_history_no_delete BEFORE DELETE ON price_history BEGIN SELECT RAISE(ABORT, 'price_history is append-only'); END;
CREATE TRIGGER price_ceiling_history_no_update BEFORE UPDATE ON price_ceiling_history BEGIN SELECT RAISE(ABORT, 'price_ceiling_history is append-only'); END;
CREATE TRIGGER price_ceiling_history_no_delete BEFORE DELETE ON price_ceiling_history BEGIN SELECT RAISE(ABORT, 'price_ceiling_history is append-only'); END;

-- The counter's catalog version follows every new price or ceiling (the old triggers went with the tables).
CREATE TRIGGER catalog_v_price_history_ins AFTER INSERT ON price_history BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER catalog_v_ceiling_history_ins AFTER INSERT ON price_ceiling_history BEGIN UPDATE catalog_version SET version = version + 1 WHERE id = 1; END;
