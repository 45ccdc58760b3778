-- Pembulatan (cash rounding) and QRIS, docs/domain/payments.md.
-- The rounding a sale's cash part got, signed (negative: the buyer paid less than the goods). The
-- sale's total stays the goods' total; what it asked for is total + rounding, so payments less
-- change equal total + rounding to the rupiah.
ALTER TABLE sales ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0;
-- A cash refund is rounded too, and the return that takes back the rest of a sale hands back the
-- rest of its rounding: refund = goods amount + rounding.
ALTER TABLE sale_returns ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0;

INSERT OR IGNORE INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('pos.cash_rounding',     '2000-01-01', '{"unit":0,"mode":"down"}', 'migration', '2026-12-01T00:00:00Z'),
  ('qris.merchant_payload', '2000-01-01', '""',                        'migration', '2026-12-01T00:00:00Z');
