-- Members and simpanan (docs/domain/members-and-shu.md): the simpanan ledger is append-only like the stock
-- ledger; a withdrawal is a negative entry. Each entry carries its own gapless receipt number.
CREATE INDEX members_name ON members(name COLLATE NOCASE);
CREATE INDEX members_kk ON members(kk_no);

CREATE TABLE simpanan_entries (
  id          TEXT PRIMARY KEY,
  member_id   TEXT NOT NULL REFERENCES members(id),
  kind        TEXT NOT NULL CHECK (kind IN ('pokok','wajib','sukarela')),
  amount      INTEGER NOT NULL CHECK (amount <> 0),   -- rupiah; negative = withdrawal
  entry_date  TEXT NOT NULL,                          -- YYYY-MM-DD, outlet time zone
  receipt_no  TEXT NOT NULL UNIQUE,
  method      TEXT NOT NULL CHECK (method IN ('cash','transfer','shu')),
  reference   TEXT,                                   -- e.g. the SHU run credited
  note        TEXT,
  user_id     TEXT REFERENCES users(id),
  created_at  TEXT NOT NULL
);
CREATE INDEX simpanan_member_date ON simpanan_entries(member_id, entry_date);
CREATE TRIGGER simpanan_no_update BEFORE UPDATE ON simpanan_entries BEGIN SELECT RAISE(ABORT, 'simpanan_entries is append-only'); END;
CREATE TRIGGER simpanan_no_delete BEFORE DELETE ON simpanan_entries BEGIN SELECT RAISE(ABORT, 'simpanan_entries is append-only'); END;

-- Gapless simpanan receipt numbers per day: <outlet>-SP-YYYYMMDD-NNNN.
CREATE TABLE simpanan_receipt_counters (
  entry_date  TEXT PRIMARY KEY,
  last_no     INTEGER NOT NULL
) WITHOUT ROWID;

-- Defaults from a typical AD/ART; the pengurus change them with a valid_from date.
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('members.kelurahan_kk_count',     '2000-01-01', '0',      'migration', '2026-11-25T00:00:00Z'),
  ('members.target_pct',             '2000-01-01', '"10"',   'migration', '2026-11-25T00:00:00Z'),
  ('simpanan.pokok_amount',          '2000-01-01', '50000',  'migration', '2026-11-25T00:00:00Z'),
  ('simpanan.wajib_amount',          '2000-01-01', '10000',  'migration', '2026-11-25T00:00:00Z'),
  ('shu.allocation',                 '2000-01-01', '{"cadangan":"30","jasaUsaha":"25","jasaModal":"20","danaPengurus":"5","danaKaryawan":"5","danaPendidikan":"5","danaSosial":"5","danaPembangunan":"5"}', 'migration', '2026-11-25T00:00:00Z'),
  ('shu.village_share_on',           '2000-01-01', 'false',  'migration', '2026-11-25T00:00:00Z'),
  ('shu.village_share_pct',          '2000-01-01', '"20"',   'migration', '2026-11-25T00:00:00Z'),
  ('shu.savings_basis',              '2000-01-01', '"average_month_end"', 'migration', '2026-11-25T00:00:00Z'),
  ('shu.savings_include_sukarela',   '2000-01-01', 'false',  'migration', '2026-11-25T00:00:00Z'),
  ('shu.non_member_to_cadangan',     '2000-01-01', 'true',   'migration', '2026-11-25T00:00:00Z'),
  ('shu.include_left_members',       '2000-01-01', 'true',   'migration', '2026-11-25T00:00:00Z'),
  ('shu.payout_round_to',            '2000-01-01', '1',      'migration', '2026-11-25T00:00:00Z'),
  ('shu.withholding_pct',            '2000-01-01', '"0"',    'migration', '2026-11-25T00:00:00Z');
