-- The pusat's TLS certificate fingerprint (SHA-256, colon-separated hex), pinned at enrolment:
-- every later sync talks only to a server showing this same certificate. NULL for a pusat behind
-- a certificate from a public authority (checked the ordinary way) or one reached over plain HTTP.
ALTER TABLE sync_state ADD COLUMN central_fingerprint TEXT;
