-- The dashboards of issue 19 item 5, projected from the facts of migration 1140 at the outlet and the
-- journal lines it already sent. Every projection is written by the batch's one statement
-- (services/projections.ts) and only from facts not applied before, so a replayed batch adds nothing.

ALTER TABLE sales ADD COLUMN rounding bigint NOT NULL DEFAULT 0;

-- A product as the outlet last described it, with the stock on hand its stock moves add up to.
CREATE TABLE outlet_products (
  outlet_id        text NOT NULL,
  product_id       text NOT NULL,
  sku              text NOT NULL,
  name             text NOT NULL,
  unit             text NOT NULL,
  subsidy_program  text NOT NULL,
  lpg_kind         text,
  min_stock_milli  bigint NOT NULL,
  active           boolean NOT NULL,
  seq              bigint NOT NULL,
  PRIMARY KEY (outlet_id, product_id)
);
CREATE TABLE stock_on_hand (
  outlet_id   text NOT NULL,
  product_id  text NOT NULL,
  qty_milli   bigint NOT NULL,
  PRIMARY KEY (outlet_id, product_id)
);
-- Good stock received per month (posted deliveries, counted less damaged), to set against the Pertamina/Bulog allocation.
CREATE TABLE stock_received_month (
  outlet_id   text NOT NULL,
  product_id  text NOT NULL,
  month       date NOT NULL,
  qty_milli   bigint NOT NULL,
  PRIMARY KEY (outlet_id, product_id, month)
);

-- The outlet's own effective-dated values the dashboards compare with (LPG allocation, member target).
CREATE TABLE outlet_settings (
  outlet_id   text NOT NULL,
  key         text NOT NULL,
  valid_from  date NOT NULL,
  value       jsonb NOT NULL,
  PRIMARY KEY (outlet_id, key, valid_from)
);

-- Members without NIK or name: who is a member, since and until when.
CREATE TABLE outlet_members (
  outlet_id   text NOT NULL,
  member_id   text NOT NULL,
  status      text NOT NULL,
  join_date   date NOT NULL,
  leave_date  date,
  kelurahan   text,
  seq         bigint NOT NULL,
  PRIMARY KEY (outlet_id, member_id)
);

-- Sales refused by a rule at the counter.
CREATE TABLE refusals (
  outlet_id      text NOT NULL,
  refusal_id     bigint NOT NULL,
  at             timestamptz NOT NULL,
  business_date  date NOT NULL,
  rule_code      text NOT NULL,
  product_id     text,
  buyer_ref      text,
  PRIMARY KEY (outlet_id, refusal_id)
);
CREATE INDEX refusals_date ON refusals (business_date);

-- Journal lines summed per outlet, month and account: the books' headline reads these.
CREATE TABLE journal_month (
  outlet_id     text NOT NULL,
  month         date NOT NULL,
  account_code  text NOT NULL,
  debit         bigint NOT NULL,
  credit        bigint NOT NULL,
  PRIMARY KEY (outlet_id, month, account_code)
);

-- Households per kelurahan and the share of them a koperasi aims to have as members, as the dinas
-- enters them (BPS or the kelurahan's own count), effective-dated.
CREATE TABLE kelurahan_households (
  kota        text NOT NULL,
  kelurahan   text NOT NULL,
  valid_from  date NOT NULL,
  households  integer NOT NULL,
  target_pct  numeric(5, 2) NOT NULL,
  set_by      text NOT NULL REFERENCES accounts (id),
  set_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kota, kelurahan, valid_from)
);

-- Facts sent before this migration are projected once from what the pusat holds.
INSERT INTO outlet_products (outlet_id, product_id, sku, name, unit, subsidy_program, lpg_kind, min_stock_milli, active, seq)
SELECT DISTINCT ON (outlet_id, payload->>'id') outlet_id, payload->>'id', payload->>'sku', payload->>'name', payload->>'unit',
       payload->>'subsidy_program', payload->>'lpg_kind', (payload->>'min_stock_milli')::bigint, (payload->>'active')::int = 1, seq
  FROM facts WHERE kind = 'product' ORDER BY outlet_id, payload->>'id', seq DESC;
INSERT INTO stock_on_hand (outlet_id, product_id, qty_milli)
SELECT outlet_id, payload->>'product_id', sum((payload->>'qty_milli')::bigint) FROM facts WHERE kind = 'stock_move' GROUP BY 1, 2;
INSERT INTO stock_received_month (outlet_id, product_id, month, qty_milli)
-- (A delivery's lines arrive as a JSON string: SQLite's json_object keeps a subquery's array as text.)
SELECT f.outlet_id, l->>'product_id', date_trunc('month', (f.payload->>'delivery_date')::date)::date,
       sum((l->>'counted_milli')::bigint - coalesce((l->>'damaged_milli')::bigint, 0))
  FROM (SELECT outlet_id, payload FROM facts WHERE kind = 'delivery_posted') f,
       jsonb_array_elements(CASE WHEN jsonb_typeof(f.payload->'lines') = 'string' THEN (f.payload->>'lines')::jsonb ELSE f.payload->'lines' END) l
 GROUP BY 1, 2, 3;
INSERT INTO journal_month (outlet_id, month, account_code, debit, credit)
SELECT outlet_id, date_trunc('month', (payload->>'entry_date')::date)::date, payload->>'account_code',
       sum((payload->>'debit')::bigint), sum((payload->>'credit')::bigint)
  FROM facts WHERE kind = 'journal_line' GROUP BY 1, 2, 3;
UPDATE sales s SET rounding = (f.payload->>'rounding')::bigint FROM facts f
 WHERE f.kind = 'sale' AND f.outlet_id = s.outlet_id AND f.payload->>'id' = s.sale_id AND f.payload ? 'rounding';
