-- The outlet's keyed journal head (seq, HMAC of the last entry) as its latest batch stated it.
-- The pusat cannot recompute the HMAC (the key never leaves the outlet), but it can hold the
-- outlet to its word: the head never goes back, and one seq always has one MAC.
ALTER TABLE outlets ADD COLUMN journal_seq bigint;
ALTER TABLE outlets ADD COLUMN journal_mac text;
ALTER TABLE outlets ADD COLUMN journal_at timestamptz;
