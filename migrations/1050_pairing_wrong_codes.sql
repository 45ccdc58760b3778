-- Wrong pairing codes are counted in the database, not in the host's memory: the open codes
-- survive a restart of the host, so their count must too, or whoever can make the host restart
-- (a crash, a power cut, a watchdog) gets fresh tries at the same codes. One row.
CREATE TABLE pairing_wrong_codes (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  count       INTEGER NOT NULL CHECK (count >= 0),
  last_at     TEXT NOT NULL
);
