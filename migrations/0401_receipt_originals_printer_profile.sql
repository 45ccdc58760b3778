-- One original per sale: the first print of a sale's struk is recorded here, so every later
-- print (print.sale again or print.reprint) is a SALINAN without the drawer kick. The row is
-- written in the same transaction that decides "original", so two racing calls cannot both win.
CREATE TABLE sale_prints (
  sale_id    TEXT PRIMARY KEY REFERENCES sales(id),
  printed_at TEXT NOT NULL,
  printed_by TEXT NOT NULL REFERENCES users(id)
);

-- What the calibration page found out about the printer. 'auto' = what the printer profile
-- says (drivers/escpos/profiles.ts); the manager's answers replace it from the day they are given.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('printer.font',         '2000-01-01', '"auto"', 'migration', '2026-11-27T00:00:00Z'),
  ('printer.qr_mode',      '2000-01-01', '"auto"', 'migration', '2026-11-27T00:00:00Z'),
  ('printer.barcode_mode', '2000-01-01', '"auto"', 'migration', '2026-11-27T00:00:00Z'),
  ('printer.cut',          '2000-01-01', '"auto"', 'migration', '2026-11-27T00:00:00Z');
