-- Buku kas (issue 18 item 2): money in or out of a drawer at the counter, or of the kas kecil in
-- the office, for a category of the chart (a beban or pendapatan account), with a note and an
-- optional photo of the nota. Append-only like every fact: a mistake is a new entry the other way.
-- The photo is a blob in its own table (size and type checked before it gets here), so a backup of
-- the database carries it; the entry keeps its SHA-256, so the sealed journal commits to the photo
-- without hashing a blob into every row rendering.
CREATE TABLE cash_entries (
  id            TEXT PRIMARY KEY,
  entry_no      TEXT NOT NULL UNIQUE,               -- GI-KK-YYYYMMDD-NNNN, gapless per day
  direction     TEXT NOT NULL CHECK (direction IN ('in','out')),
  place         TEXT NOT NULL CHECK (place IN ('counter','office')),
  shift_id      TEXT REFERENCES shifts(id),          -- the drawer it moved (counter entries)
  account_code  TEXT NOT NULL REFERENCES accounts(code),
  amount        INTEGER NOT NULL CHECK (amount > 0),
  note          TEXT NOT NULL,
  entry_date    TEXT NOT NULL,
  user_id       TEXT NOT NULL REFERENCES users(id),
  approved_by   TEXT REFERENCES users(id),           -- the supervisor, above books.kas.pin_threshold
  photo_sha256  TEXT,
  created_at    TEXT NOT NULL,
  CHECK ((place = 'counter') = (shift_id IS NOT NULL))
);
CREATE TABLE cash_entry_photos (
  entry_id  TEXT PRIMARY KEY REFERENCES cash_entries(id),
  mime      TEXT NOT NULL CHECK (mime IN ('image/jpeg','image/png','image/webp')),
  bytes     BLOB NOT NULL
);
CREATE TRIGGER cash_entry_photos_no_update BEFORE UPDATE ON cash_entry_photos BEGIN SELECT RAISE(ABORT, 'cash_entry_photos is append-only'); END;
CREATE TRIGGER cash_entry_photos_no_delete BEFORE DELETE ON cash_entry_photos BEGIN SELECT RAISE(ABORT, 'cash_entry_photos is append-only'); END;
CREATE INDEX cash_entries_shift ON cash_entries(shift_id) WHERE shift_id IS NOT NULL;
CREATE INDEX cash_entries_date ON cash_entries(entry_date);
CREATE TRIGGER cash_entries_no_update BEFORE UPDATE ON cash_entries BEGIN SELECT RAISE(ABORT, 'cash_entries is append-only'); END;
CREATE TRIGGER cash_entries_no_delete BEFORE DELETE ON cash_entries BEGIN SELECT RAISE(ABORT, 'cash_entries is append-only'); END;

-- Above this amount a supervisor's PIN approves the entry (the koperasi's own rule, effective-dated).
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('books.kas.pin_threshold', '2000-01-01', '100000', 'migration', '2026-12-01T00:00:00Z');

-- Buku kas entries replicate to the pusat like the other facts (the photo stays at the outlet).
CREATE VIEW outbox_src_cash_entry AS SELECT id, created_at AS at, json_object(
  'id', id, 'entry_no', entry_no, 'direction', direction, 'place', place, 'shift_id', shift_id, 'account_code', account_code,
  'amount', amount, 'note', note, 'entry_date', entry_date, 'user_id', user_id, 'approved_by', approved_by,
  'photo_sha256', photo_sha256, 'created_at', created_at) AS payload FROM cash_entries;
CREATE TRIGGER outbox_cash_entry AFTER INSERT ON cash_entries BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'cash_entry', at, payload FROM outbox_src_cash_entry WHERE id = NEW.id; END;
