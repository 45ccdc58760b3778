-- Whether this database is the demo outlet (`kkmp seed --demo`, or "Coba dengan data contoh" in the
-- setup wizard). Only then does the login screen show the demo users and their PINs, which are
-- published anyway (README, docs/cashier.md); a real outlet set up by the wizard never turns it on.
INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('outlet.demo', '2000-01-01', 'false', 'migration', '2026-12-01T00:00:00Z');
