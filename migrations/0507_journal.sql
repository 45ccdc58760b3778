-- The keyed journal (issue 16, item 8). Triggers, written by electron/services/journal/triggers.ts
-- from the live column lists, copy every write to a ledger-bearing table into journal_pending; the
-- transaction that made the writes seals them into one journal entry whose HMAC chains to the
-- previous one. `kkmp verify` compares every row with its last sealed state.

-- AUTOINCREMENT so sqlite_sequence remembers the highest entry ever written: a cut-off tail shows
-- even before the outside anchor (Z report, backup manifest) is consulted.
CREATE TABLE journal (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  at      TEXT NOT NULL,
  rows    TEXT NOT NULL,    -- one line per row written: table TAB key TAB sha256(content) or '-' (deleted)
  digest  TEXT NOT NULL,    -- sha256 of rows
  mac     TEXT NOT NULL     -- HMAC-SHA256(journal key, seq, at, previous mac, digest)
);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

CREATE TABLE journal_pending (
  id   INTEGER PRIMARY KEY,
  tbl  TEXT NOT NULL,
  k    TEXT NOT NULL,       -- json_array of the primary key
  v    TEXT                 -- json_array of every column, NULL when the row was deleted
);

-- The column list each table's triggers and verify agree on, so a later ALTER TABLE ADD COLUMN
-- does not make every old row look edited.
CREATE TABLE journal_columns (
  tbl   TEXT PRIMARY KEY,
  pk    TEXT NOT NULL,      -- JSON array of column names
  cols  TEXT NOT NULL       -- JSON array of column names
) WITHOUT ROWID;
