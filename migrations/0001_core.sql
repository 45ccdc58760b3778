-- Core schema: outlet settings, users, catalog, prices and ceilings, the stock ledger, sales,
-- shifts and the audit chain. Money is integer rupiah, quantities integer milli-units.

-- Effective-dated settings: the value in force on a date is the row with the latest valid_from
-- on or before it. Every regulated number lives here, never in code.
CREATE TABLE settings (
  key         TEXT NOT NULL,
  valid_from  TEXT NOT NULL,              -- YYYY-MM-DD, outlet time zone
  value       TEXT NOT NULL,              -- JSON
  set_by      TEXT,
  set_at      TEXT NOT NULL,
  PRIMARY KEY (key, valid_from)
) WITHOUT ROWID;

CREATE TABLE users (
  id              TEXT PRIMARY KEY,
  username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name    TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('kasir','supervisor','manajer','admin')),
  pin_hash        TEXT NOT NULL,           -- scrypt$N$r$p$salt$hash
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT,
  active          INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL
);

CREATE TABLE sessions (
  token       TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);

CREATE TABLE categories (
  id             TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  tax_status     TEXT NOT NULL DEFAULT 'TAXABLE' CHECK (tax_status IN ('TAXABLE','EXEMPT','SPECIAL')),
  counts_for_shu INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE products (
  id              TEXT PRIMARY KEY,
  sku             TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  unit            TEXT NOT NULL,           -- pcs, kg, L, tabung, sak ...
  sold_by         TEXT NOT NULL CHECK (sold_by IN ('piece','weight')),
  category_id     TEXT REFERENCES categories(id),
  subsidy_program TEXT NOT NULL DEFAULT 'NONE' CHECK (subsidy_program IN ('LPG3','SPHP','MINYAKITA','NONE')),
  -- LPG cylinders: 'refill' (isi ulang), 'full_new' (tabung + isi), 'empty' (tabung kosong)
  lpg_kind        TEXT CHECK (lpg_kind IN ('refill','full_new','empty')),
  pack_size_milli INTEGER,                 -- e.g. SPHP 5 kg = 5000, Minyakita 2 L = 2000
  min_stock_milli INTEGER NOT NULL DEFAULT 0,
  active          INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL
);
CREATE INDEX products_name ON products(name);

CREATE TABLE product_barcodes (
  gtin        TEXT PRIMARY KEY,            -- GTIN-14, or a store code (member cards use their own table)
  product_id  TEXT NOT NULL REFERENCES products(id)
);
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

-- Selling price per unit (per piece, or per kg for weighed goods), effective-dated.
CREATE TABLE prices (
  product_id  TEXT NOT NULL REFERENCES products(id),
  valid_from  TEXT NOT NULL,
  price       INTEGER NOT NULL CHECK (price >= 0),
  set_by      TEXT,
  set_at      TEXT NOT NULL,
  PRIMARY KEY (product_id, valid_from)
) WITHOUT ROWID;

-- Per-product ceilings: HET is hard (cannot sell above), HAP is soft (warn).
CREATE TABLE price_ceilings (
  product_id  TEXT NOT NULL REFERENCES products(id),
  valid_from  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('HET','HAP')),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  source      TEXT,
  PRIMARY KEY (product_id, valid_from, kind)
) WITHOUT ROWID;

-- The append-only stock ledger. Never updated, never deleted (triggers below).
CREATE TABLE stock_moves (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id  TEXT NOT NULL REFERENCES products(id),
  qty_milli   INTEGER NOT NULL CHECK (qty_milli <> 0),
  kind        TEXT NOT NULL CHECK (kind IN ('receipt','sale','return','void','adjustment','opname','damage','transfer','cylinder_exchange')),
  doc_type    TEXT NOT NULL,
  doc_id      TEXT NOT NULL,
  unit_cost   INTEGER,
  user_id     TEXT REFERENCES users(id),
  at          TEXT NOT NULL,               -- ISO instant (UTC)
  note        TEXT
);
CREATE INDEX stock_moves_product_at ON stock_moves(product_id, at, id);
CREATE INDEX stock_moves_doc ON stock_moves(doc_type, doc_id);
CREATE TRIGGER stock_moves_no_update BEFORE UPDATE ON stock_moves BEGIN SELECT RAISE(ABORT, 'stock_moves is append-only'); END;
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves BEGIN SELECT RAISE(ABORT, 'stock_moves is append-only'); END;

-- Running balance, kept in the same transaction as each move; `kkmp verify` checks it equals the sum.
CREATE TABLE stock_balances (
  product_id  TEXT PRIMARY KEY REFERENCES products(id),
  qty_milli   INTEGER NOT NULL,
  avg_cost    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE members (
  id           TEXT PRIMARY KEY,
  member_no    TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  nik_enc      TEXT,                       -- AES-256-GCM, see services/crypto
  nik_hash     TEXT UNIQUE,                -- HMAC for lookups
  nik_last4    TEXT,
  kk_no        TEXT,
  address      TEXT,
  rt           TEXT,
  rw           TEXT,
  kelurahan    TEXT,
  phone        TEXT,
  join_date    TEXT NOT NULL,
  leave_date   TEXT,
  status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','left')),
  card_code    TEXT UNIQUE,
  created_at   TEXT NOT NULL
);

CREATE TABLE shifts (
  id              TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL REFERENCES users(id),
  terminal        TEXT NOT NULL DEFAULT 'POS-1',
  opened_at       TEXT NOT NULL,
  opening_float   INTEGER NOT NULL CHECK (opening_float >= 0),
  closed_at       TEXT,
  closed_by       TEXT REFERENCES users(id),
  counted_cash    INTEGER,
  expected_cash   INTEGER,
  denominations   TEXT                     -- JSON {"100000": 3, ...}
);
CREATE UNIQUE INDEX shifts_one_open_per_terminal ON shifts(terminal) WHERE closed_at IS NULL;

-- Gapless receipt numbers per outlet per business day.
CREATE TABLE receipt_counters (
  outlet_code   TEXT NOT NULL,
  business_date TEXT NOT NULL,
  last_no       INTEGER NOT NULL,
  PRIMARY KEY (outlet_code, business_date)
) WITHOUT ROWID;

CREATE TABLE sales (
  id             TEXT PRIMARY KEY,         -- UUIDv7 from the client cart: the idempotency key
  receipt_no     TEXT NOT NULL UNIQUE,
  outlet_code    TEXT NOT NULL,
  business_date  TEXT NOT NULL,
  shift_id       TEXT REFERENCES shifts(id),
  cashier_id     TEXT NOT NULL REFERENCES users(id),
  member_id      TEXT REFERENCES members(id),
  status         TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('completed','voided')),
  total          INTEGER NOT NULL,
  paid           INTEGER NOT NULL,
  change_due     INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  voided_at      TEXT,
  voided_by      TEXT REFERENCES users(id),
  void_reason    TEXT,
  request_hash   TEXT NOT NULL             -- a repeated id with a different cart is refused
);
CREATE INDEX sales_business_date ON sales(business_date);
CREATE INDEX sales_member ON sales(member_id, business_date);
CREATE INDEX sales_shift ON sales(shift_id);

CREATE TABLE sale_lines (
  sale_id       TEXT NOT NULL REFERENCES sales(id),
  line_no       INTEGER NOT NULL,
  product_id    TEXT NOT NULL REFERENCES products(id),
  qty_milli     INTEGER NOT NULL CHECK (qty_milli > 0),
  unit_price    INTEGER NOT NULL,
  line_total    INTEGER NOT NULL,
  unit_cost     INTEGER NOT NULL DEFAULT 0, -- HPP at the time of sale, for margin and SHU
  ceiling_kind  TEXT,                       -- HET/HAP noted on the receipt
  ceiling_amount INTEGER,
  is_member     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
CREATE INDEX sale_lines_product ON sale_lines(product_id);

CREATE TABLE payments (
  sale_id    TEXT NOT NULL REFERENCES sales(id),
  seq        INTEGER NOT NULL,
  method     TEXT NOT NULL CHECK (method IN ('cash','qris','transfer')),
  amount     INTEGER NOT NULL CHECK (amount > 0),
  reference  TEXT,
  PRIMARY KEY (sale_id, seq)
) WITHOUT ROWID;

-- Returns after payment: their own document, with reversing stock moves.
CREATE TABLE sale_returns (
  id          TEXT PRIMARY KEY,
  sale_id     TEXT NOT NULL REFERENCES sales(id),
  shift_id    TEXT REFERENCES shifts(id),
  created_at  TEXT NOT NULL,
  user_id     TEXT NOT NULL REFERENCES users(id),
  approved_by TEXT NOT NULL REFERENCES users(id),
  reason      TEXT NOT NULL,
  refund      INTEGER NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('cash','qris','transfer'))
);
CREATE TABLE sale_return_lines (
  return_id  TEXT NOT NULL REFERENCES sale_returns(id),
  line_no    INTEGER NOT NULL,
  qty_milli  INTEGER NOT NULL CHECK (qty_milli > 0),
  amount     INTEGER NOT NULL,
  PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID;

-- Tamper-evident audit log: each entry's hash covers the previous hash.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  user_id    TEXT,
  action     TEXT NOT NULL,
  entity     TEXT,
  entity_id  TEXT,
  details    TEXT NOT NULL,                -- JSON, never a full NIK
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
