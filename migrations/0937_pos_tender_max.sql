-- The largest cash amount the payment dialog takes without asking the kasir to confirm it. A
-- house rule of the gerai (no regulation sets it): it catches a barcode or a slip of the finger
-- typed into "Uang tunai diterima" before it becomes a tender. Whole rupiah.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('pos.tender_max', '2000-01-01', '10000000', 'migration', '2026-12-01T00:00:00Z');
