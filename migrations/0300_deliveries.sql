-- Deliveries from Bulog (DO/SPPB + Klik SPHP order) and from the LPG pangkalan/agen: what was
-- expected, what was counted, and why they differ. Nothing reaches stock_moves until the manager
-- confirms the document (then status = 'posted', and the document is frozen).
CREATE TABLE deliveries (
  id             TEXT PRIMARY KEY,
  source         TEXT NOT NULL CHECK (source IN ('BULOG','LPG','OTHER')),
  supplier       TEXT NOT NULL,             -- "Bulog Kanwil Kaltim-Kaltara", "PT Agen LPG ...", ...
  doc_no         TEXT NOT NULL,             -- DO / SPPB number, or the agent's delivery note
  klik_sphp_ref  TEXT,                      -- Klik SPHP order reference (required for SPHP lines)
  delivery_date  TEXT NOT NULL,             -- YYYY-MM-DD, outlet time zone
  warehouse      TEXT,
  vehicle        TEXT,
  driver         TEXT,
  note           TEXT,
  -- LPG: empty cylinders handed back to the agent on this delivery (out of the 'empty' product).
  empties_product_id TEXT REFERENCES products(id),
  empties_out_milli  INTEGER NOT NULL DEFAULT 0 CHECK (empties_out_milli >= 0),
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','posted','cancelled')),
  created_by     TEXT REFERENCES users(id),
  created_at     TEXT NOT NULL,
  posted_by      TEXT REFERENCES users(id),
  posted_at      TEXT
);
CREATE INDEX deliveries_date ON deliveries(delivery_date);
CREATE INDEX deliveries_supplier ON deliveries(supplier, delivery_date);

-- One line per product. counted = everything that physically arrived (good + damaged);
-- short/over are derived (expected vs counted); damaged is counted separately.
CREATE TABLE delivery_lines (
  delivery_id     TEXT NOT NULL REFERENCES deliveries(id),
  line_no         INTEGER NOT NULL,
  product_id      TEXT NOT NULL REFERENCES products(id),
  expected_milli  INTEGER NOT NULL CHECK (expected_milli >= 0),
  counted_milli   INTEGER CHECK (counted_milli >= 0),
  damaged_milli   INTEGER NOT NULL DEFAULT 0 CHECK (damaged_milli >= 0),
  unit_cost       INTEGER NOT NULL CHECK (unit_cost >= 0),   -- rupiah per unit (piece or kg)
  reason          TEXT,
  photo_path      TEXT,
  PRIMARY KEY (delivery_id, line_no)
) WITHOUT ROWID;

-- What the koperasi paid the supplier for a delivery (may be several payments, or none yet).
CREATE TABLE delivery_payments (
  delivery_id  TEXT NOT NULL REFERENCES deliveries(id),
  seq          INTEGER NOT NULL,
  paid_on      TEXT NOT NULL,               -- YYYY-MM-DD
  amount       INTEGER NOT NULL CHECK (amount > 0),
  method       TEXT NOT NULL CHECK (method IN ('cash','transfer','qris')),
  reference    TEXT,
  user_id      TEXT REFERENCES users(id),
  at           TEXT NOT NULL,
  PRIMARY KEY (delivery_id, seq)
) WITHOUT ROWID;

-- A Bulog receipt of SPHP rice must carry the Klik SPHP order ref and the DO/SPPB number
-- (docs/domain/staples-and-prices.md). OR IGNORE: the subsidy rules may define the same key.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('sphp.klik_sphp_ref_required', '2000-01-01', 'true', 'migration', '2026-11-25T00:00:00Z');
