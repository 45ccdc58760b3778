-- Business categories for LPG 3 kg usaha mikro (issue 15 item 17). The manager keeps the list; a
-- category flagged prohibited is refused at registration, whatever the business is called
-- ("Laundry Jaya" in category LAUNDRY). Seeded from docs/domain/lpg-3kg.md (lpg3.prohibited_business_types).
CREATE TABLE lpg_business_categories (
  code        TEXT PRIMARY KEY CHECK (code GLOB '[A-Z]*' AND length(code) <= 40),
  name        TEXT NOT NULL,
  prohibited  INTEGER NOT NULL CHECK (prohibited IN (0, 1)),
  source      TEXT,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT
);
INSERT INTO lpg_business_categories (code, name, prohibited, source, updated_at) VALUES
  ('RESTORAN',              'Restoran',                          1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('HOTEL',                 'Hotel',                             1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('LAUNDRY',               'Laundry / binatu (cuci pakaian)',   1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('BATIK',                 'Usaha batik',                       1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('PETERNAKAN',            'Peternakan',                        1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('PERTANIAN_NON_SASARAN', 'Pertanian non-sasaran',             1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('TANI_TEMBAKAU',         'Tani tembakau',                     1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('JASA_LAS',              'Jasa las',                          1, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('WARUNG_MAKAN',          'Warung makan / jajanan',            0, 'docs/domain/lpg-3kg.md', '2026-11-25T00:00:00Z'),
  ('LAINNYA',               'Usaha mikro lainnya',               0, NULL,                     '2026-11-25T00:00:00Z');

ALTER TABLE lpg_buyers ADD COLUMN business_category TEXT REFERENCES lpg_business_categories(code);
