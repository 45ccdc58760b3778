-- The books (issue 18): a chart of accounts for a koperasi gerai, an append-only journal written
-- by the operations in their own transaction, period closes, and the inventory value each stock
-- move adds or takes away (so persediaan in the books equals the ledger at average cost).

-- Each stock move carries the change it made to the product's value at average cost
-- (round(qty × avg) after minus before). Books post the sum of a document's deltas, so the
-- inventory accounts telescope to the ledger's valuation without re-reading history.
ALTER TABLE stock_moves ADD COLUMN value_delta INTEGER NOT NULL DEFAULT 0;

-- kind: the statement section; normal: the side a balance grows on. parent_code groups sub-accounts
-- (kas per terminal, utang usaha per supplier) made on demand under a seeded parent, keyed by sub_key.
CREATE TABLE accounts (
  code         TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('asset','liability','equity','revenue','expense')),
  normal       TEXT NOT NULL CHECK (normal IN ('debit','credit')),
  parent_code  TEXT REFERENCES accounts(code),
  sub_key      TEXT,
  cash         INTEGER NOT NULL DEFAULT 0,   -- 1: kas/bank, what the arus kas follows
  cash_flow    TEXT NOT NULL DEFAULT 'operasi' CHECK (cash_flow IN ('operasi','investasi','pendanaan')),
  active       INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX accounts_sub ON accounts(parent_code, sub_key) WHERE sub_key IS NOT NULL;

-- A journal entry names its document; its lines name the accounts. Neither is ever changed:
-- a correction is a new entry with reverses_id set.
CREATE TABLE journal_entries (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_date    TEXT NOT NULL,               -- YYYY-MM-DD, outlet time zone; never inside a closed period
  doc_type      TEXT NOT NULL,
  doc_id        TEXT NOT NULL,
  memo          TEXT NOT NULL,
  reverses_id   INTEGER REFERENCES journal_entries(id),
  moves_through INTEGER NOT NULL DEFAULT 0,  -- highest stock_moves.id of the document this entry valued
  user_id       TEXT REFERENCES users(id),
  created_at    TEXT NOT NULL
);
CREATE INDEX journal_entries_date ON journal_entries(entry_date);
CREATE INDEX journal_entries_doc ON journal_entries(doc_type, doc_id);

CREATE TABLE journal_lines (
  entry_id      INTEGER NOT NULL REFERENCES journal_entries(id),
  line_no       INTEGER NOT NULL,
  account_code  TEXT NOT NULL REFERENCES accounts(code),
  debit         INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
  credit        INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
  PRIMARY KEY (entry_id, line_no)
) WITHOUT ROWID;
CREATE INDEX journal_lines_account ON journal_lines(account_code, entry_id);

CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines BEGIN SELECT RAISE(ABORT, 'journal_lines is append-only'); END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines BEGIN SELECT RAISE(ABORT, 'journal_lines is append-only'); END;

-- Closes: a month close locks every date up to to_date; a year close also records the SHU.
CREATE TABLE books_closes (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('month','year')),
  to_date     TEXT NOT NULL,
  year        INTEGER,
  surplus_before_tax INTEGER,
  tax         INTEGER,
  shu         INTEGER,
  entry_id    INTEGER REFERENCES journal_entries(id),
  closed_by   TEXT REFERENCES users(id),
  closed_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX books_closes_year ON books_closes(year) WHERE kind = 'year';

-- The default chart for a koperasi gerai (SAK EP structure; see docs/books.md).
INSERT INTO accounts (code, name, kind, normal, cash, cash_flow, created_at) VALUES
  ('1101', 'Kas besar (brankas)',                'asset', 'debit', 1, 'operasi', '2026-12-01T00:00:00Z'),
  ('1102', 'Kas laci kasir',                     'asset', 'debit', 1, 'operasi', '2026-12-01T00:00:00Z'),
  ('1103', 'Kas kecil',                          'asset', 'debit', 1, 'operasi', '2026-12-01T00:00:00Z'),
  ('1111', 'Bank',                               'asset', 'debit', 1, 'operasi', '2026-12-01T00:00:00Z'),
  ('1112', 'Piutang setelmen QRIS',              'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1121', 'Piutang usaha',                      'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1131', 'Persediaan barang dagang',           'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1132', 'Persediaan beras SPHP',              'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1133', 'Persediaan Minyakita',               'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1134', 'Persediaan LPG 3 kg isi',            'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1135', 'Persediaan tabung LPG kosong',       'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1141', 'Uang muka pembelian',                'asset', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('1201', 'Aset tetap (peralatan gerai)',       'asset', 'debit', 0, 'investasi', '2026-12-01T00:00:00Z'),
  ('1209', 'Akumulasi penyusutan aset tetap',    'asset', 'credit', 0, 'investasi', '2026-12-01T00:00:00Z'),
  ('2101', 'Utang usaha',                        'liability', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('2201', 'Simpanan sukarela anggota',          'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2301', 'Utang SHU anggota',                  'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2401', 'Utang pajak',                        'liability', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('3101', 'Simpanan pokok',                     'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('3102', 'Simpanan wajib',                     'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('3201', 'Cadangan',                           'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('3202', 'Hibah / donasi',                     'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('3301', 'SHU tahun berjalan',                 'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('3901', 'Saldo awal (pembukaan)',             'equity', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('4101', 'Pendapatan penjualan anggota',       'revenue', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('4102', 'Pendapatan penjualan non-anggota',   'revenue', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('4201', 'Pendapatan pembulatan',              'revenue', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('4202', 'Pendapatan lain-lain',               'revenue', 'credit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('5101', 'Harga pokok penjualan',              'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6101', 'Beban listrik dan air',              'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6102', 'Beban gaji / honor',                 'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6103', 'Beban sewa',                         'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6104', 'Beban transport',                    'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6105', 'Beban penyusutan',                   'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6106', 'Beban selisih kas',                  'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6107', 'Beban selisih persediaan (susut)',   'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6108', 'Beban pembulatan',                   'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6109', 'Beban lain-lain',                    'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6201', 'Beban perkoperasian (RAT, pendidikan)', 'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z'),
  ('6901', 'Beban pajak penghasilan',            'expense', 'debit', 0, 'operasi', '2026-12-01T00:00:00Z');

-- The year-end tax estimate: PP 55/2022 final PPh on turnover for a qualifying koperasi. Off by
-- default; rate and ceiling are to be confirmed against the regulation by the outlet (docs/books.md).
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('books.tax.final_on_turnover',      '2000-01-01', 'false',          'migration', '2026-12-01T00:00:00Z'),
  ('books.tax.final_rate_pct',         '2000-01-01', '"0.5"',          'migration', '2026-12-01T00:00:00Z'),
  ('books.tax.final_turnover_ceiling', '2000-01-01', '4800000000',     'migration', '2026-12-01T00:00:00Z');
