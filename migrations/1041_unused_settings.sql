-- Settings nothing reads any more: PIN lockout gave way to the back-off per user and source
-- (auth.backoff_*, migration 0610), and the LPG prohibited businesses are a category table
-- (migration 0964). Their rows go, so the settings screen never offers a rule that does nothing.
DELETE FROM settings WHERE key IN ('auth.max_failed_pins', 'auth.lockout_minutes', 'lpg3.prohibited_business_types');
