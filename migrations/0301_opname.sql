-- Stock opname (physical count). The system quantity of each line is the balance when the count
-- started; the variance posted is counted - system (see docs/back-office.md for why).
CREATE TABLE opnames (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'counting' CHECK (status IN ('counting','posted','cancelled')),
  started_by   TEXT REFERENCES users(id),
  started_at   TEXT NOT NULL,
  approved_by  TEXT REFERENCES users(id),
  posted_at    TEXT,
  note         TEXT
);
CREATE INDEX opnames_status ON opnames(status);

CREATE TABLE opname_lines (
  opname_id     TEXT NOT NULL REFERENCES opnames(id),
  product_id    TEXT NOT NULL REFERENCES products(id),
  system_milli  INTEGER NOT NULL,
  unit_cost     INTEGER NOT NULL DEFAULT 0,   -- average cost at the start, values the variance
  counted_milli INTEGER CHECK (counted_milli >= 0),
  counted_by    TEXT REFERENCES users(id),
  counted_at    TEXT,
  PRIMARY KEY (opname_id, product_id)
) WITHOUT ROWID;

-- Optional: refuse sales while a count is open (the manager's choice; off by default).
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('opname.freeze_sales', '2000-01-01', 'false', 'migration', '2026-11-25T00:00:00Z');
