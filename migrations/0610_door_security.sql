-- The door (issue 16): the one-time setup code, PIN back-off by (who, from where), paired LAN
-- devices and their one-time pairing codes, and the idle time of a session.
CREATE TABLE setup_code (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  code_hash  TEXT NOT NULL,   -- scrypt, like a PIN: the code itself is only on the console / screen
  issued_at  TEXT NOT NULL
);

-- One row per back-off key: "pin:<username>|<caller>|<terminal>" or "src:<caller>|<terminal>".
CREATE TABLE pin_backoff (
  key             TEXT PRIMARY KEY,
  failures        INTEGER NOT NULL,
  blocked_until   TEXT,
  last_failed_at  TEXT NOT NULL
);

CREATE TABLE devices (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  token_hash  TEXT NOT NULL UNIQUE,   -- SHA-256 of the cookie the device holds
  paired_at   TEXT NOT NULL,
  paired_by   TEXT REFERENCES users(id),
  revoked_at  TEXT
);

CREATE TABLE pairing_codes (
  code_hash   TEXT PRIMARY KEY,
  created_by  TEXT NOT NULL REFERENCES users(id),
  expires_at  TEXT NOT NULL,
  used_at     TEXT
);

ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;

INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('auth.pin_min_digits',          '2000-01-01', '{"kasir":4,"supervisor":4,"manajer":6,"admin":6}', 'migration', '2026-12-01T00:00:00Z'),
  ('auth.backoff_free_failures',   '2000-01-01', '3',    'migration', '2026-12-01T00:00:00Z'),
  ('auth.backoff_source_failures', '2000-01-01', '10',   'migration', '2026-12-01T00:00:00Z'),
  ('auth.backoff_base_seconds',    '2000-01-01', '30',   'migration', '2026-12-01T00:00:00Z'),
  ('auth.backoff_max_seconds',     '2000-01-01', '3600', 'migration', '2026-12-01T00:00:00Z'),
  ('auth.idle_minutes',            '2000-01-01', '30',   'migration', '2026-12-01T00:00:00Z'),
  ('lan.pairing_code_minutes',     '2000-01-01', '10',   'migration', '2026-12-01T00:00:00Z');
