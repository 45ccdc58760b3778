-- The outlet's keyed journal head (seq, HMAC of the last entry) as its latest batch stated it.
-- The pusat cannot recompute the HMAC (the key never leaves the outlet), but it can hold the
-- outlet to its word: the head never goes back, and one seq always has one MAC.
ALTER TABLE outlets ADD COLUMN journal_seq bigint;
ALTER TABLE outlets ADD COLUMN journal_mac text;
ALTER TABLE outlets ADD COLUMN journal_at timestamptz;

-- How many batches wait in held_batches. Kept on the outlet row because the ingest locks that row
-- first: a batch that waited for the lock sees the count as the batch before it left it, where a
-- count of held_batches would be read in a snapshot taken before that batch committed.
ALTER TABLE outlets ADD COLUMN held_count integer NOT NULL DEFAULT 0;
