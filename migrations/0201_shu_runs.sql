-- SHU runs: computed (draft), reviewed, approved = frozen. A frozen run and its member rows can
-- never change (triggers); payouts are recorded against it, one per member.
CREATE TABLE shu_runs (
  id           TEXT PRIMARY KEY,
  year         INTEGER NOT NULL,
  surplus      INTEGER NOT NULL CHECK (surplus >= 0),
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved')),
  inputs       TEXT NOT NULL,              -- JSON: settings and totals the run used
  result       TEXT NOT NULL,              -- JSON: funds and totals (members in shu_run_members)
  created_by   TEXT REFERENCES users(id),
  created_at   TEXT NOT NULL,
  approved_by  TEXT REFERENCES users(id),
  approved_at  TEXT
);
CREATE UNIQUE INDEX shu_runs_one_approved_per_year ON shu_runs(year) WHERE status = 'approved';
CREATE TRIGGER shu_runs_frozen BEFORE UPDATE ON shu_runs WHEN OLD.status = 'approved'
  BEGIN SELECT RAISE(ABORT, 'shu run is frozen'); END;
CREATE TRIGGER shu_runs_no_delete_frozen BEFORE DELETE ON shu_runs WHEN OLD.status = 'approved'
  BEGIN SELECT RAISE(ABORT, 'shu run is frozen'); END;

CREATE TABLE shu_run_members (
  run_id          TEXT NOT NULL REFERENCES shu_runs(id),
  member_id       TEXT NOT NULL REFERENCES members(id),
  member_no       TEXT NOT NULL,
  name            TEXT NOT NULL,
  purchase_basis  INTEGER NOT NULL,
  savings_basis   INTEGER NOT NULL,
  jasa_usaha      INTEGER NOT NULL,
  jasa_modal      INTEGER NOT NULL,
  total           INTEGER NOT NULL,
  withheld        INTEGER NOT NULL,
  net             INTEGER NOT NULL,
  payout          INTEGER NOT NULL,
  rounded_off     INTEGER NOT NULL,
  PRIMARY KEY (run_id, member_id)
) WITHOUT ROWID;
CREATE TRIGGER shu_run_members_frozen_update BEFORE UPDATE ON shu_run_members
  WHEN (SELECT status FROM shu_runs WHERE id = OLD.run_id) = 'approved'
  BEGIN SELECT RAISE(ABORT, 'shu run is frozen'); END;
CREATE TRIGGER shu_run_members_frozen_delete BEFORE DELETE ON shu_run_members
  WHEN (SELECT status FROM shu_runs WHERE id = OLD.run_id) = 'approved'
  BEGIN SELECT RAISE(ABORT, 'shu run is frozen'); END;
CREATE TRIGGER shu_run_members_frozen_insert BEFORE INSERT ON shu_run_members
  WHEN (SELECT status FROM shu_runs WHERE id = NEW.run_id) = 'approved'
  BEGIN SELECT RAISE(ABORT, 'shu run is frozen'); END;

CREATE TABLE shu_payouts (
  run_id      TEXT NOT NULL REFERENCES shu_runs(id),
  member_id   TEXT NOT NULL REFERENCES members(id),
  method      TEXT NOT NULL CHECK (method IN ('cash','simpanan')),
  amount      INTEGER NOT NULL CHECK (amount >= 0),
  simpanan_entry_id TEXT REFERENCES simpanan_entries(id),
  paid_at     TEXT NOT NULL,
  user_id     TEXT REFERENCES users(id),
  PRIMARY KEY (run_id, member_id)
) WITHOUT ROWID;
CREATE TRIGGER shu_payouts_no_update BEFORE UPDATE ON shu_payouts BEGIN SELECT RAISE(ABORT, 'shu_payouts is append-only'); END;
CREATE TRIGGER shu_payouts_no_delete BEFORE DELETE ON shu_payouts BEGIN SELECT RAISE(ABORT, 'shu_payouts is append-only'); END;
