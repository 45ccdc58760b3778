-- The pusat's schema. The fact tables grow with every sale of every gerai, so they are
-- partitioned by month of the fact's time (services/partitions.ts adds a month before its first
-- row; the DEFAULT partition only catches what has no month yet). Money is integer rupiah.

CREATE TABLE koperasi (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  kota        text NOT NULL,
  kelurahan   text NOT NULL,
  households  integer,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX koperasi_kota ON koperasi (kota);

CREATE TABLE accounts (
  id             text PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  role           text NOT NULL CHECK (role IN ('dinas', 'pendamping')),
  kota           text NOT NULL,
  password_hash  text NOT NULL,
  created_by     text,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- A pendamping sees exactly the koperasi listed here.
CREATE TABLE account_koperasi (
  account_id   text NOT NULL REFERENCES accounts (id),
  koperasi_id  text NOT NULL REFERENCES koperasi (id),
  PRIMARY KEY (account_id, koperasi_id)
);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  account_id  text NOT NULL REFERENCES accounts (id),
  expires_at  timestamptz NOT NULL
);

-- One-time codes: only their hash is kept; used_at is set once, by the enrolment that used it.
CREATE TABLE enrolment_codes (
  code_hash    text PRIMARY KEY,
  koperasi_id  text NOT NULL REFERENCES koperasi (id),
  outlet_name  text NOT NULL,
  created_by   text NOT NULL REFERENCES accounts (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  outlet_id    text
);

-- next_seq: every fact below it has been applied, none above it. chain_head: the outlet's audit
-- chain head after fact next_seq - 1.
CREATE TABLE outlets (
  id            text PRIMARY KEY,
  koperasi_id   text NOT NULL REFERENCES koperasi (id),
  name          text NOT NULL,
  public_key    text NOT NULL,
  enrolled_at   timestamptz NOT NULL DEFAULT now(),
  next_seq      bigint NOT NULL DEFAULT 1,
  chain_head    text NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
  last_sync_at  timestamptz,
  last_fact_at  timestamptz
);
CREATE INDEX outlets_koperasi ON outlets (koperasi_id);

-- A batch that came before a gap waits here until the gap is filled.
CREATE TABLE held_batches (
  outlet_id    text NOT NULL REFERENCES outlets (id),
  from_seq     bigint NOT NULL,
  to_seq       bigint NOT NULL,
  body         jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (outlet_id, from_seq)
);

-- Gaps seen and batches refused, for the dinas to follow up (which outlet, which seq, why).
CREATE TABLE sync_events (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  outlet_id  text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('gap', 'refused')),
  from_seq   bigint NOT NULL,
  to_seq     bigint NOT NULL,
  reason     text NOT NULL
);
CREATE INDEX sync_events_outlet ON sync_events (outlet_id, at);

-- Every fact as the outlet sent it: the record the projections below are rebuilt from.
CREATE TABLE facts (
  outlet_id    text NOT NULL,
  seq          bigint NOT NULL,
  kind         text NOT NULL,
  at           timestamptz NOT NULL,
  payload      jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (outlet_id, seq, at)
) PARTITION BY RANGE (at);
CREATE TABLE facts_default PARTITION OF facts DEFAULT;

CREATE TABLE sales (
  outlet_id      text NOT NULL,
  sale_id        text NOT NULL,
  at             timestamptz NOT NULL,
  business_date  date NOT NULL,
  receipt_no     text NOT NULL,
  total          bigint NOT NULL,
  status         text NOT NULL,
  PRIMARY KEY (outlet_id, sale_id, at)
) PARTITION BY RANGE (at);
CREATE TABLE sales_default PARTITION OF sales DEFAULT;
CREATE INDEX sales_outlet_date ON sales (outlet_id, business_date);

CREATE TABLE sale_lines (
  outlet_id   text NOT NULL,
  sale_id     text NOT NULL,
  line_no     integer NOT NULL,
  at          timestamptz NOT NULL,
  product_id  text NOT NULL,
  qty_milli   bigint NOT NULL,
  line_total  bigint NOT NULL,
  unit_cost   bigint NOT NULL,
  PRIMARY KEY (outlet_id, sale_id, line_no, at)
) PARTITION BY RANGE (at);
CREATE TABLE sale_lines_default PARTITION OF sale_lines DEFAULT;

CREATE TABLE lpg_lines (
  outlet_id      text NOT NULL,
  sale_id        text NOT NULL,
  line_no        integer NOT NULL,
  at             timestamptz NOT NULL,
  business_date  date NOT NULL,
  category       text NOT NULL,
  qty            integer NOT NULL,
  counted        boolean NOT NULL,
  map_status     text NOT NULL,
  PRIMARY KEY (outlet_id, sale_id, line_no, at)
) PARTITION BY RANGE (at);
CREATE TABLE lpg_lines_default PARTITION OF lpg_lines DEFAULT;

-- Regional values per kota (HET by GTIN, regulated settings, the rule profile), effective-dated.
CREATE TABLE regional_values (
  kota        text NOT NULL,
  subject     text NOT NULL,
  valid_from  date NOT NULL,
  value       jsonb NOT NULL,
  set_by      text NOT NULL REFERENCES accounts (id),
  set_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kota, subject, valid_from)
);
