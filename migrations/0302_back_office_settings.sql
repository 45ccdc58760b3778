-- Daily automatic backup (off until the manager chooses a folder) and how many copies to keep.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('backup.daily_enabled', '2000-01-01', 'false', 'migration', '2026-11-25T00:00:00Z'),
  ('backup.folder',        '2000-01-01', '""',    'migration', '2026-11-25T00:00:00Z'),
  ('backup.keep',          '2000-01-01', '7',     'migration', '2026-11-25T00:00:00Z');
