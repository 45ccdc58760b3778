-- Stock opname, partial and blind (docs/back-office.md, "Stok opname"):
-- a count may hide the system quantity from whoever counts (blind), each line keeps the reason the
-- manager gave for a large difference, and a line is posted once (posted_at) so a count can post
-- what was counted and stay open for the rest.
ALTER TABLE opnames ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));
ALTER TABLE opname_lines ADD COLUMN reason TEXT;
ALTER TABLE opname_lines ADD COLUMN posted_at TEXT;
-- When the counted quantity of a line was first entered: the system quantity is taken then.
ALTER TABLE opname_lines ADD COLUMN system_at TEXT;

INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('opname.blind_default',    '2000-01-01', 'true',  'migration', '2026-12-01T00:00:00Z'),
  ('opname.reason_threshold', '2000-01-01', '50000', 'migration', '2026-12-01T00:00:00Z');
