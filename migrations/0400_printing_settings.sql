-- Printer, receipt and scanner settings. printer.uri '' means "no printer": receipts are shown as
-- a preview only. The subsidy notice and the LPG complaint line are texts the authorities may
-- change, so they are data too. INSERT OR IGNORE: another feature may already define a key.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('printer.uri',             '2000-01-01', '""',                                                      'migration', '2026-11-25T00:00:00Z'),
  ('printer.width',           '2000-01-01', '58',                                                      'migration', '2026-11-25T00:00:00Z'),
  ('printer.model',           '2000-01-01', '"pos-5890"',                                              'migration', '2026-11-25T00:00:00Z'),
  ('printer.codepage',        '2000-01-01', '"auto"',                                                  'migration', '2026-11-25T00:00:00Z'),
  ('receipt.qr',              '2000-01-01', 'true',                                                    'migration', '2026-11-25T00:00:00Z'),
  ('receipt.subsidy_notice',  '2000-01-01', '"Barang subsidi - dilarang diperjualbelikan kembali"',   'migration', '2026-11-25T00:00:00Z'),
  ('receipt.lpg_complaint',   '2000-01-01', '"Pengaduan LPG: Pertamina 135"',                         'migration', '2026-11-25T00:00:00Z'),
  ('outlet.npwp',             '2000-01-01', '""',                                                      'migration', '2026-11-25T00:00:00Z'),
  ('scanner.uris',            '2000-01-01', '[]',                                                      'migration', '2026-11-25T00:00:00Z');
