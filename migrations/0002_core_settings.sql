-- Defaults a new outlet starts with. Regulated numbers and outlet facts are data: the manager
-- changes them with a valid_from date; the code reads the row in force on the day.
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('outlet.code',            '2000-01-01', '"GI"',                                  'migration', '2026-11-25T00:00:00Z'),
  ('outlet.name',            '2000-01-01', '"Koperasi Kelurahan Merah Putih"',      'migration', '2026-11-25T00:00:00Z'),
  ('outlet.time_zone',       '2000-01-01', '"Asia/Makassar"',                       'migration', '2026-11-25T00:00:00Z'),
  ('outlet.badan_hukum_no',  '2000-01-01', '""',                                    'migration', '2026-11-25T00:00:00Z'),
  ('outlet.nib',             '2000-01-01', '""',                                    'migration', '2026-11-25T00:00:00Z'),
  ('outlet.address',         '2000-01-01', '""',                                    'migration', '2026-11-25T00:00:00Z'),
  ('receipt.header',         '2000-01-01', '""',                                    'migration', '2026-11-25T00:00:00Z'),
  ('receipt.footer',         '2000-01-01', '"Terima kasih"',                        'migration', '2026-11-25T00:00:00Z'),
  ('auth.max_failed_pins',   '2000-01-01', '5',                                     'migration', '2026-11-25T00:00:00Z'),
  ('auth.lockout_minutes',   '2000-01-01', '15',                                    'migration', '2026-11-25T00:00:00Z'),
  ('auth.session_hours',     '2000-01-01', '12',                                    'migration', '2026-11-25T00:00:00Z'),
  ('stock.allow_negative',   '2000-01-01', 'false',                                 'migration', '2026-11-25T00:00:00Z'),
  ('sales.require_open_shift', '2000-01-01', 'true',                               'migration', '2026-11-25T00:00:00Z'),
  ('money.rounding',         '2000-01-01', '"HALF_UP_PER_LINE"',                    'migration', '2026-11-25T00:00:00Z'),
  ('tax.is_pkp',             '2000-01-01', 'false',                                 'migration', '2026-11-25T00:00:00Z'),
  ('tax.ppn_rate_effective_pct', '2000-01-01', '"11"',                              'migration', '2026-11-25T00:00:00Z');
