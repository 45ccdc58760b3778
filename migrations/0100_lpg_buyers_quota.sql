-- LPG 3 kg sub-pangkalan: the buyer register, the quota log with its counters, the MAP logbook,
-- and every regulated number of docs/domain/lpg-3kg.md and docs/domain/staples-and-prices.md as an effective-dated setting.

-- Registered buyers (Kepmen ESDM 37.K/2023). The NIK is sealed (AES-GCM) and found by its keyed
-- hash; the KK number is kept only as a keyed hash and its last four digits.
CREATE TABLE lpg_buyers (
  id             TEXT PRIMARY KEY,
  nik_enc        TEXT NOT NULL,
  nik_hash       TEXT NOT NULL UNIQUE,
  nik_last4      TEXT NOT NULL,
  kk_hash        TEXT NOT NULL,
  kk_last4       TEXT NOT NULL,
  name           TEXT NOT NULL,
  address        TEXT,
  rt             TEXT,
  rw             TEXT,
  kelurahan      TEXT,
  phone          TEXT,
  category       TEXT NOT NULL CHECK (category IN ('RUMAH_TANGGA','USAHA_MIKRO','NELAYAN_SASARAN','PETANI_SASARAN')),
  nib            TEXT,
  business_name  TEXT,
  business_type  TEXT,
  is_pengecer    INTEGER NOT NULL DEFAULT 0,     -- a retailer buying to resell (SE B-570/2025): never sold to
  source         TEXT NOT NULL CHECK (source IN ('counter','import')),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','blocked')),
  created_at     TEXT NOT NULL,
  created_by     TEXT REFERENCES users(id)
);
CREATE INDEX lpg_buyers_kk ON lpg_buyers(kk_hash);

-- One row per LPG 3 kg sale line: the quota log and the MAP logbook in one. Written by the LPG sale
-- rule inside the sale commit; `counted` drops to 0 when the line is voided or returned.
CREATE TABLE lpg_sale_lines (
  sale_id        TEXT NOT NULL REFERENCES sales(id),
  line_no        INTEGER NOT NULL,
  buyer_id       TEXT NOT NULL REFERENCES lpg_buyers(id),
  kk_hash        TEXT NOT NULL,
  category       TEXT NOT NULL,
  product_id     TEXT NOT NULL REFERENCES products(id),
  lpg_kind       TEXT,
  qty            INTEGER NOT NULL CHECK (qty > 0),  -- tabung
  unit_price     INTEGER NOT NULL,
  business_date  TEXT NOT NULL,
  at             TEXT NOT NULL,
  receipt_no     TEXT NOT NULL,
  empty_returned INTEGER NOT NULL DEFAULT 0,
  returned_qty   INTEGER NOT NULL DEFAULT 0,     -- tabung taken back by returns
  counted        INTEGER NOT NULL DEFAULT 1,     -- 0 once voided or fully returned
  map_status     TEXT NOT NULL DEFAULT 'pending' CHECK (map_status IN ('pending','recorded','rejected')),
  map_ref        TEXT,
  map_set_by     TEXT REFERENCES users(id),
  map_set_at     TEXT,
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
CREATE INDEX lpg_sale_lines_date ON lpg_sale_lines(business_date, map_status);

-- Running counters kept in the same transaction as the log, so a check is a point lookup whose
-- cost does not grow with the log.
CREATE TABLE lpg_buyer_day (
  buyer_id       TEXT NOT NULL,
  business_date  TEXT NOT NULL,
  transactions   INTEGER NOT NULL,
  qty            INTEGER NOT NULL,
  PRIMARY KEY (buyer_id, business_date)
) WITHOUT ROWID;
CREATE TABLE lpg_buyer_month (
  buyer_id       TEXT NOT NULL,
  month          TEXT NOT NULL,                  -- YYYY-MM, outlet time zone
  qty            INTEGER NOT NULL,
  PRIMARY KEY (buyer_id, month)
) WITHOUT ROWID;
CREATE TABLE lpg_kk_month (
  kk_hash        TEXT NOT NULL,
  category       TEXT NOT NULL,
  month          TEXT NOT NULL,
  qty            INTEGER NOT NULL,
  PRIMARY KEY (kk_hash, category, month)
) WITHOUT ROWID;
CREATE TABLE lpg_outlet_month (
  month          TEXT PRIMARY KEY,
  qty            INTEGER NOT NULL
) WITHOUT ROWID;

-- What the manager counted in MAP for a day (reconciliation), and the LPG day close.
CREATE TABLE lpg_map_counts (
  business_date  TEXT PRIMARY KEY,
  map_count      INTEGER NOT NULL CHECK (map_count >= 0),
  entered_by     TEXT NOT NULL REFERENCES users(id),
  entered_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE lpg_day_closes (
  business_date  TEXT PRIMARY KEY,
  closed_by      TEXT NOT NULL REFERENCES users(id),
  closed_at      TEXT NOT NULL,
  pos_count      INTEGER NOT NULL,
  pending_count  INTEGER NOT NULL,
  reason         TEXT
) WITHOUT ROWID;

-- SPHP packs and Minyakita millilitres per sale, when the buyer is identified (member or NIK
-- hash); the per-day check sums one buyer's rows of one day through the index.
CREATE TABLE subsidy_sale_log (
  sale_id        TEXT NOT NULL REFERENCES sales(id),
  program        TEXT NOT NULL CHECK (program IN ('SPHP','MINYAKITA')),
  buyer_key      TEXT NOT NULL,
  business_date  TEXT NOT NULL,
  qty_milli      INTEGER NOT NULL,
  PRIMARY KEY (sale_id, program)
) WITHOUT ROWID;
CREATE INDEX subsidy_sale_log_buyer_day ON subsidy_sale_log(program, buyer_key, business_date);

-- Defaults from docs/domain/lpg-3kg.md and docs/domain/staples-and-prices.md. A limit of
-- null means "no limit"; each limit has a mode: hard (refused), soft (needs a supervisor PIN), off.
INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES
  ('lpg3.require_nik',                                   '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.usaha_mikro.require_nib',                       '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.allow_register_nelayan_petani_locally',         '2000-01-01', 'false', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.prohibited_business_types',                     '2000-01-01', '["restoran","hotel","laundry","binatu","batik","peternakan","pertanian non-sasaran","tani tembakau","jasa las"]', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.one_registration_per_kk',                       '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.RUMAH_TANGGA',          '2000-01-01', '1',     'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.RUMAH_TANGGA.mode',     '2000-01-01', '"hard"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.USAHA_MIKRO',           '2000-01-01', '2',     'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.USAHA_MIKRO.mode',      '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.NELAYAN_SASARAN',       '2000-01-01', 'null',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.NELAYAN_SASARAN.mode',  '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.PETANI_SASARAN',        '2000-01-01', 'null',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_transaction.PETANI_SASARAN.mode',   '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_transactions_per_nik_per_day',              '2000-01-01', '1',     'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_transactions_per_nik_per_day.mode',         '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_nik_per_day',                       '2000-01-01', '10',    'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_nik_per_day.mode',                  '2000-01-01', '"hard"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_nik_per_month',                     '2000-01-01', '15',    'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_nik_per_month.mode',                '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA',         '2000-01-01', '10',    'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode',    '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.USAHA_MIKRO',          '2000-01-01', 'null',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.USAHA_MIKRO.mode',     '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.NELAYAN_SASARAN',      '2000-01-01', 'null',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.NELAYAN_SASARAN.mode', '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.PETANI_SASARAN',       '2000-01-01', 'null',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.max_qty_per_kk_per_month.PETANI_SASARAN.mode',  '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.het_pangkalan',                                 '2000-01-01', '19000', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.subpangkalan_markup_max',                       '2000-01-01', '0',     'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.block_price_above_ceiling',                     '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.no_sale_to_pengecer',                           '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.monthly_allocation',                            '2000-01-01', '250',   'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.allocation_warn_pct',                           '2000-01-01', '80',    'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.supplier_type',                                 '2000-01-01', '"PANGKALAN"', 'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.map_sync_required',                             '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.stock_gate',                                    '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('lpg3.cylinder_exchange.mode',                        '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('lpg3.rules_2026_active',                             '2000-01-01', 'false', 'migration', '2026-11-25T00:00:00Z'),
  ('sphp.pack_kg',                                       '2000-01-01', '5',     'migration', '2026-11-25T00:00:00Z'),
  ('sphp.het_per_kg',                                    '2000-01-01', '13100', 'migration', '2026-11-25T00:00:00Z'),
  ('sphp.zone',                                          '2000-01-01', '"ZONA_2"', 'migration', '2026-11-25T00:00:00Z'),
  ('sphp.max_packs_per_buyer',                           '2000-01-01', '2',     'migration', '2026-11-25T00:00:00Z'),
  ('sphp.per_day_check',                                 '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('minyakita.het_per_liter',                            '2000-01-01', '15700', 'migration', '2026-11-25T00:00:00Z'),
  ('minyakita.no_bundling',                              '2000-01-01', 'true',  'migration', '2026-11-25T00:00:00Z'),
  ('minyakita.max_liters_per_person_per_day',            '2000-01-01', '2',     'migration', '2026-11-25T00:00:00Z'),
  ('minyakita.max_liters_per_person_per_day.mode',       '2000-01-01', '"off"', 'migration', '2026-11-25T00:00:00Z'),
  ('beras_medium.het_per_kg',                            '2000-01-01', '14000', 'migration', '2026-11-25T00:00:00Z'),
  ('beras_premium.het_per_kg',                           '2000-01-01', '15400', 'migration', '2026-11-25T00:00:00Z'),
  ('gula.hap_per_kg',                                    '2000-01-01', '17500', 'migration', '2026-11-25T00:00:00Z'),
  ('price.hap_mode',                                     '2000-01-01', '"soft"','migration', '2026-11-25T00:00:00Z'),
  ('subsidy.profile',                                    '2000-01-01', '"2025"','migration', '2026-11-25T00:00:00Z'),
  -- The rule profiles a manager switches on from a date (lpg.profile.activate): each is the set of
  -- settings it writes, so switching back restores every value the other profile changed.
  ('subsidy.profile.2025', '2000-01-01', '{"lpg3.max_transactions_per_nik_per_day":1,"lpg3.max_transactions_per_nik_per_day.mode":"soft","lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA":10,"lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode":"soft","lpg3.rules_2026_active":false,"sphp.max_packs_per_buyer":2}', 'migration', '2026-11-25T00:00:00Z'),
  ('subsidy.profile.2026', '2000-01-01', '{"lpg3.max_transactions_per_nik_per_day":1,"lpg3.max_transactions_per_nik_per_day.mode":"hard","lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA":10,"lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode":"hard","lpg3.rules_2026_active":true,"sphp.max_packs_per_buyer":5}', 'migration', '2026-11-25T00:00:00Z');
